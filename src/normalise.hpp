// The Normaliser, the sink that every decoding path feeds code points into (line ends, white space and invisible
// characters made plain, controls and NULs dropped, invalid sequences replaced, the warnings they need), and NFC of
// its text (to_nfc, in normalise.cpp). Internal to the decode stage.
#pragma once

#include "decode_parts.hpp"
#include "text.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archive::decoding {

constexpr std::size_t max_offset_warnings = 10;

/// Characters that NFC leaves alone whatever surrounds them: starters that neither compose with what precedes
/// them nor change alone (checked against utf8proc over every code point of these ranges, by decode_test). Besides
/// Latin, Cyrillic and CJK: the symbols web pages sprinkle in (trade mark, arrows, maths, box drawing, shapes,
/// dingbats, fullwidth forms, emoji), one of which alone sent a whole page through utf8proc.
inline bool nfc_inert(char32_t cp) {
    return cp < 0x300 || (cp >= 0x400 && cp <= 0x482) || (cp >= 0x2010 && cp <= 0x2027) ||
           (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20C0) || (cp >= 0x2100 && cp <= 0x2125) ||
           (cp >= 0x212C && cp <= 0x2328) || (cp >= 0x232B && cp <= 0x2ADB) || (cp >= 0x2ADD && cp <= 0x2BFF) ||
           (cp >= 0x3001 && cp <= 0x3029) || (cp >= 0x3030 && cp <= 0x3098) || (cp >= 0x309B && cp <= 0x9FFF) ||
           (cp >= 0xFE30 && cp <= 0xFFFD) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

/// Receives code points with their raw byte offsets; writes normalised UTF-8 and keeps what the warnings need.
class Normaliser {
public:
    Normaliser(std::size_t reserve, std::string_view invalid_label) : label_(invalid_label) {
        out_.reserve(reserve + reserve / 8 + 16);
    }

    void put(char32_t cp, std::size_t at) {
        ++counts_.units;
        if (cp == 0) {
            if (nuls_++ == 0)
                first_nul_ = at;
            counts_.nul_runs += !prev_nul_;
            prev_nul_ = true;
            return;
        }
        prev_nul_ = false;
        if (cp == '\n') {
            if (!after_cr_)
                out_ += '\n';
            after_cr_ = false;
            return;
        }
        after_cr_ = cp == '\r';
        if (cp >= 0x20 && cp < 0x7F) {
            out_ += static_cast<char>(cp);
            return;
        }
        switch (cp) {
        case '\t':
            out_ += '\t';
            return;
        case '\r':
        case 0x0B: // vertical tab and form feed break lines: dropping them would glue two words
        case 0x0C:
        case 0x85:
        case 0x2028:
        case 0x2029:
            out_ += '\n';
            return;
        case 0xA0:
        case 0x1680:
        case 0x202F:
        case 0x205F:
        case 0x3000:
            out_ += ' ';
            return;
        case 0xAD:
        case 0x061C:
        case 0x180E:
        case 0xFEFF:
            return;
        default:
            break;
        }
        if (cp >= 0x2000 && cp <= 0x200A) {
            out_ += ' ';
            return;
        }
        // Zero-width spaces and joiners, direction marks and embeddings, word joiner, invisible operators.
        if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F))
            return;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            if (cp == 0x1B) // a terminal's escape: what follows it is read by strip_escapes()
                escapes_.push_back({out_.size(), at});
            counts_.binary_controls += is_binary_control(cp);
            if (controls_++ == 0)
                first_control_ = at;
            return;
        }
        if (first_not_inert_ == std::string::npos && !nfc_inert(cp))
            first_not_inert_ = out_.size();
        text::append_utf8(out_, cp);
    }

    /// A valid UTF-8 sequence `bytes` of a character from U+0080 that put() would copy as it is (see copied_as_is):
    /// put(cp, at) without its look-ups and without encoding cp again.
    void as_is(char32_t cp, std::string_view bytes) {
        ++counts_.units;
        prev_nul_ = false;
        after_cr_ = false;
        if (first_not_inert_ == std::string::npos && !nfc_inert(cp))
            first_not_inert_ = out_.size();
        out_.append(bytes);
    }

    /// A run of printable ASCII (0x20..0x7E), line feeds and tabs, and of characters from U+0080 that put() copies as
    /// they are, `chars` characters in all, the first that NFC may change at byte `not_inert` of the run
    /// (std::string::npos: none): copied as is (but the line feed of a CR LF), with one append, as_is() of each
    /// character from U+0080.
    void verbatim(std::string_view run, std::size_t chars, std::size_t not_inert) {
        counts_.units += chars;
        if (after_cr_ && run.front() == '\n') {
            run.remove_prefix(1); // (not_inert, a character from U+0080, is not at byte 0)
            not_inert -= not_inert != std::string::npos ? 1 : 0;
        }
        if (first_not_inert_ == std::string::npos && not_inert != std::string::npos)
            first_not_inert_ = out_.size() + not_inert;
        out_.append(run);
        after_cr_ = false;
        prev_nul_ = false;
    }

    /// put(cp) writes cp as it is: not a control, white space or invisible character that it drops or replaces.
    /// ("«", the dashes, curly quotes and ellipsis of U+2010..U+2027 and U+2030..U+205E are copied: a page's
    /// punctuation, which decode_utf8() then copies in its runs of letters instead of one call of put() each.)
    static bool copied_as_is(char32_t cp) {
        return cp >= 0xA1 && cp != 0xAD && cp != 0x061C && cp != 0x1680 && cp != 0x180E &&
               (cp < 0x2000 || cp > 0x206F || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E)) &&
               cp != 0x3000 && cp != 0xFEFF;
    }

    /// An undecodable sequence starting at raw offset `at`: U+FFFD in the text, a warning for the first few.
    void invalid(std::size_t at) {
        ++counts_.units;
        prev_nul_ = false;
        after_cr_ = false;
        out_ += "\xEF\xBF\xBD";
        if (invalid_offsets_.size() < max_offset_warnings)
            invalid_offsets_.push_back(at);
        ++invalid_;
    }

    /// Removes the rest of each terminal control sequence (ECMA-48's CSI: ESC, "[", parameter bytes 0x30-0x3F,
    /// intermediate bytes 0x20-0x2F, a final byte 0x40-0x7E) whose ESC put() dropped: the colours and cursor moves
    /// of a page captured from a terminal or a scraper's coloured log, which would otherwise leave "[1;31m" glued
    /// to a word. An ESC followed by anything else (ISO-2022's designations never reach here: iconv reads them)
    /// leaves the text as it is. Call once, after the last character.
    void strip_escapes() {
        if (escapes_.empty())
            return;
        std::string kept;
        std::size_t copied = 0;
        std::size_t removed_before_not_inert = 0;
        for (const auto& [pos, at] : escapes_) {
            if (pos < copied)
                continue;
            const std::size_t end = csi_end(out_, pos);
            if (end == pos)
                continue;
            if (stripped_++ == 0)
                first_escape_ = at;
            kept.append(out_, copied, pos - copied);
            copied = end;
            if (first_not_inert_ != std::string::npos && pos < first_not_inert_)
                removed_before_not_inert += end - pos;
        }
        if (stripped_ == 0)
            return;
        kept.append(out_, copied, std::string::npos);
        out_ = std::move(kept);
        if (first_not_inert_ != std::string::npos)
            first_not_inert_ -= removed_before_not_inert;
    }

    /// Where the CSI sequence after a dropped ESC at byte `pos` of `s` ends, or `pos` when none is there.
    static std::size_t csi_end(std::string_view s, std::size_t pos) {
        constexpr std::size_t most_parameters = 32, most_intermediates = 2;
        std::size_t i = pos;
        if (i >= s.size() || s[i] != '[')
            return pos;
        ++i;
        const std::size_t params = i;
        while (i < s.size() && i - params < most_parameters && s[i] >= 0x30 && s[i] <= 0x3F)
            ++i;
        const std::size_t inters = i;
        while (i < s.size() && i - inters < most_intermediates && s[i] >= 0x20 && s[i] <= 0x2F)
            ++i;
        if (i >= s.size() || s[i] < 0x40 || s[i] > 0x7E) // (past the counts, a byte of either kind: no final)
            return pos;
        return i + 1;
    }

    /// A line of `charset` (see decode.cpp's legacy_line) starts at raw offset `at`: counted for a warning.
    void legacy_line(std::size_t at, std::string_view charset) {
        if (legacy_lines_++ == 0)
            first_legacy_line_ = at;
        legacy_charset_ = charset;
    }
    std::size_t legacy_lines() const { return legacy_lines_; }
    std::size_t invalid_count() const { return invalid_; }

    const ControlCounts& counts() const { return counts_; }
    /// No undecodable sequence, NUL or control character so far: nothing that scan_bytes() weighs.
    bool clean() const { return invalid_ == 0 && nuls_ == 0 && controls_ == 0; }
    /// Where the first character of the text that NFC may change starts, std::string::npos when there is none.
    std::size_t first_not_inert() const { return first_not_inert_; }
    std::string& text() { return out_; }

    std::vector<std::string> warnings() const {
        std::vector<std::string> w;
        for (std::size_t at : invalid_offsets_)
            w.push_back("invalid " + std::string(label_) + " replaced at byte " + std::to_string(at));
        if (invalid_ > invalid_offsets_.size()) {
            std::size_t more = invalid_ - invalid_offsets_.size();
            w.push_back("... and " + std::to_string(more) + " more invalid " + std::string(label_) +
                        (more == 1 ? " sequence" : " sequences"));
        }
        if (legacy_lines_ > 0)
            w.push_back("lines not " + std::string(label_) + " read as " + std::string(legacy_charset_) + " (" +
                        std::to_string(legacy_lines_) + "), first at byte " + std::to_string(first_legacy_line_));
        if (nuls_ > 0)
            w.push_back("NUL bytes dropped (" + std::to_string(nuls_) + "), first at byte " +
                        std::to_string(first_nul_));
        if (controls_ > 0)
            w.push_back("control characters dropped (" + std::to_string(controls_) + "), first at byte " +
                        std::to_string(first_control_));
        if (stripped_ > 0)
            w.push_back("terminal escape sequences dropped (" + std::to_string(stripped_) + "), first at byte " +
                        std::to_string(first_escape_));
        return w;
    }

private:
    std::string out_;
    std::string_view label_;
    ControlCounts counts_;
    bool after_cr_ = false;
    bool prev_nul_ = false;
    std::size_t first_not_inert_ = std::string::npos;
    std::size_t nuls_ = 0, first_nul_ = 0;
    std::size_t controls_ = 0, first_control_ = 0;
    std::size_t invalid_ = 0;
    std::vector<std::size_t> invalid_offsets_;
    struct Escape {
        std::size_t pos; ///< in out_, where the dropped ESC was
        std::size_t at;  ///< its raw offset
    };
    std::vector<Escape> escapes_;
    std::size_t legacy_lines_ = 0, first_legacy_line_ = 0;
    std::string_view legacy_charset_;
    std::size_t stripped_ = 0, first_escape_ = 0;
};

/// NFC of `s`, whose first character that is not inert (see nfc_inert) starts at byte `from`.
std::string to_nfc(std::string s, std::size_t from);

} // namespace archive::decoding
