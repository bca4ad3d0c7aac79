import Theme

/// The models of the pages' templates, by the templates they fill.
package enum PageModels {
    /// The templates rendered with a typed model, and their models: what `check` reads each
    /// template against, and what docs/templates.md lists.
    package static var roots: [any RootTemplateModel.Type] { [
        LayoutModel.self, LandingModel.self, NotFoundModel.self, ReportModel.self, FreePageModel.self,
        MissingModel.self, DerivedNotesModel.self, SourceTextModel.self, CityModel.self, HomeModel.self, IndicatorModel.self,
        IndicatorIndexModel.self, FigureModel.self, MultiplesModel.self, FigureValue.self, NoteMarker.self, FigureChange.self, SourceLink.self,
    ] }
}
