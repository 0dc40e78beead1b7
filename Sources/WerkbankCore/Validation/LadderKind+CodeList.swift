/// `start`, `actueel` and `verwacht` are the `soort` codes of treden.csv.
extension LadderKind: CodeList {}
