/// A vertical scrollbar: a track with a thumb whose size and place mirror the visible part.
enum ScrollIndicator {
    static func drawBar(x: Int, y: Int, height: Int, offset: Int, total: Int, glyphs: Glyphs, into buffer: inout Buffer) {
        guard height > 0, total > height else { return }
        let thumb = max(1, height * height / total)
        let travel = height - thumb
        let start = travel * offset / max(1, total - height)
        for line in 0..<height {
            let isThumb = line >= start && line < start + thumb
            buffer.put(isThumb ? glyphs.scrollThumb : glyphs.scrollTrack, x: x, y: y + line,
                       style: Style(isThumb ? .accent : .border))
        }
    }
}
