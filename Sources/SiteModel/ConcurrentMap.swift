import Foundation
import Synchronization

/// `transform` of 0..<count, run on all cores, with the results in index order: what one
/// after the other would give (loading cities, binding narratives).
package func concurrentMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[Int: T]>([:])
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let result = transform(index)
        results.withLock { $0[index] = result }
    }
    let found = results.withLock { $0 }
    return (0..<count).map { found[$0]! }
}
