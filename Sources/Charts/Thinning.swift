/// Drops labels until none collide: keeps every k-th label for the smallest k that works.
enum Thinning {
    static func thin(_ labels: [TextMark], gap: Double = 6) -> [TextMark] {
        guard labels.count > 1 else { return labels }
        for k in 1...labels.count {
            let kept = stride(from: 0, to: labels.count, by: k).map { labels[$0] }
            let clear = zip(kept, kept.dropFirst()).allSatisfy { !$0.box.intersects($1.box, margin: gap) }
            if clear { return kept }
        }
        return [labels[0]]
    }
}
