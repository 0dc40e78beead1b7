import TerminalUI

/// The pieces the vacancy list and the candidate lists share: the line above a list ("/ zoeken
/// filter: … sortering: …") and the `f` palette whose entries each turn a filter on or off.
enum ListControls {
    /// "/ zoeken   filter: …   sortering: Werkgever ▲" on `row`; `filter` nil shows `noFilter` muted.
    static func renderLine(_ row: Rect, search: SearchLine, filter: String?, noFilter: String, sort: String, glyphs: Glyphs,
                           into buffer: inout Buffer) {
        buffer.fill(row, with: Cell(" ", style: Style(.text)))
        let x = search.render(row: row, x: row.x + 1, into: &buffer)
        let sortX = row.maxX - DisplayWidth.of(sort) - 1
        buffer.put(DisplayWidth.truncate(filter ?? noFilter, to: max(0, sortX - x - 2), ellipsis: glyphs.ellipsis),
                   x: x, y: row.y, style: Style(filter == nil ? .muted : .warning))
        if sortX > x { buffer.put(sort, x: sortX, y: row.y, style: Style(.muted)) }
    }

    /// One entry of the filter palette: what it says, its count or state, what picking it does.
    struct FilterEntry {
        let name: String
        let description: String
        let pick: () -> Void
    }

    /// `f`: the filter entries in a palette; picking one runs it, then `changed`.
    static func presentFilter(_ entries: [FilterEntry], title: String, root: RootView, changed: @escaping () -> Void) {
        let palette = CommandPalette(entries: entries.map { PaletteEntry($0.name, description: $0.description) }, title: title,
                                     glyphs: root.glyphs)
        palette.onPick = { [unowned root] index in
            root.dismissOverlay()
            entries[index].pick()
            changed()
        }
        palette.onCancel = { [unowned root] in root.dismissOverlay() }
        root.present(palette)
    }
}
