// decode(): raw page bytes -> NFC UTF-8 text with "\n" line ends and plain spaces; refuses binary files.
//
// Order of decisions: magic bytes (binary refusal) -> BOM -> UTF-32/UTF-16 evident from NUL positions or
// from the byte statistics of the two parities -> binary by control-byte density -> UTF-8 unless its invalid
// sequences outweigh its valid ones -> the legacy charset uchardet names, read through iconv.
// Every path feeds code points with their raw byte offsets into one Normaliser, then NFC runs in chunks.
#include "pipeline.hpp"
#include "text.hpp"

#include <iconv.h>
#include <uchardet/uchardet.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

namespace archive {

namespace {

constexpr std::size_t max_offset_warnings = 10;
constexpr char32_t invalid_cp = 0xFFFFFFFF;

template <std::size_t N>
constexpr std::string_view bytes(const char (&s)[N]) {
    return std::string_view(s, N - 1);
}

unsigned char byte_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

bool has_at(std::string_view raw, std::size_t offset, std::string_view magic) {
    return raw.size() >= offset + magic.size() && raw.substr(offset, magic.size()) == magic;
}

struct Magic {
    std::string_view bytes;
    std::string_view name;
};

// Signatures at offset 0 that no text page starts with.
constexpr Magic magics[] = {
    {bytes("\x89PNG\r\n\x1A\n"), "PNG image"},
    {bytes("\xFF\xD8\xFF"), "JPEG image"},
    {bytes("GIF87a"), "GIF image"},
    {bytes("GIF89a"), "GIF image"},
    {bytes("II*\0"), "TIFF image"},
    {bytes("MM\0*"), "TIFF image"},
    {bytes("\0\0\1\0"), "ICO image"},
    {bytes("8BPS\0\1"), "Photoshop image"},
    {bytes("%PDF-"), "PDF document"},
    {bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), "Microsoft Office document"},
    {bytes("PK\3\4"), "ZIP archive"},
    {bytes("PK\5\6"), "ZIP archive"},
    {bytes("PK\7\x08"), "ZIP archive"},
    {bytes("\x1F\x8B\x08"), "gzip archive"},
    {bytes("\x1F\x9D"), "compress archive"},
    {bytes("\xFD" "7zXZ\0"), "xz archive"},
    {bytes("\x28\xB5\x2F\xFD"), "zstd archive"},
    {bytes("7z\xBC\xAF\x27\x1C"), "7-Zip archive"},
    {bytes("Rar!\x1A\x07"), "RAR archive"},
    {bytes("!<arch>\n"), "ar archive"},
    {bytes("\x7F" "ELF"), "ELF executable"},
    {bytes("\xCA\xFE\xBA\xBE"), "Java class file"},
    {bytes("\xFE\xED\xFA\xCE"), "Mach-O executable"},
    {bytes("\xFE\xED\xFA\xCF"), "Mach-O executable"},
    {bytes("\xCE\xFA\xED\xFE"), "Mach-O executable"},
    {bytes("\xCF\xFA\xED\xFE"), "Mach-O executable"},
    {bytes("\0asm"), "WebAssembly module"},
    {bytes("dex\n"), "Android dex file"},
    {bytes("SQLite format 3\0"), "SQLite database"},
    {bytes("OggS\0"), "Ogg media"},
    {bytes("fLaC"), "FLAC audio"},
    {bytes("\x1A\x45\xDF\xA3"), "Matroska video"},
    {bytes("\0\0\1\xBA"), "MPEG video"},
    {bytes("\0\0\1\xB3"), "MPEG video"},
    {bytes("wOFF"), "WOFF font"},
    {bytes("wOF2"), "WOFF font"},
    {bytes("\0\1\0\0\0"), "TrueType font"},
    {bytes("OTTO\0"), "OpenType font"},
};

/// The kind of binary file the magic bytes name, if any.
std::optional<std::string_view> magic_type(std::string_view raw) {
    for (const Magic& m : magics)
        if (has_at(raw, 0, m.bytes))
            return m.name;
    if (has_at(raw, 0, bytes("RIFF")) && raw.size() >= 12) {
        std::string_view form = raw.substr(8, 4);
        if (form == "WEBP")
            return "WebP image";
        if (form == "WAVE")
            return "WAV audio";
        if (form == "AVI ")
            return "AVI video";
        return "RIFF data";
    }
    // "....ftypisom": MP4, QuickTime, HEIF
    if (has_at(raw, 4, bytes("ftyp")) && byte_at(raw, 0) == 0)
        return "MP4 video";
    // "ID3\x03\x00": an ID3v2 tag opens an MP3 file
    if (has_at(raw, 0, bytes("ID3")) && raw.size() >= 5 && byte_at(raw, 3) < 0x10 && byte_at(raw, 4) < 0x10)
        return "MP3 audio";
    if (has_at(raw, 0, bytes("BZh")) && raw.size() >= 5 && raw[3] >= '1' && raw[3] <= '9' &&
        (raw[4] == '1' || raw[4] == '\x17'))
        return "bzip2 archive";
    if (has_at(raw, 257, bytes("ustar")))
        return "tar archive";
    // "MZ" alone could open a line of text: a DOS header also has NULs in its first 64 bytes.
    if (has_at(raw, 0, bytes("MZ")) && raw.size() >= 64 && raw.substr(0, 64).find('\0') != std::string_view::npos)
        return "Windows executable";
    if (has_at(raw, 0, bytes("BM")) && raw.size() >= 26 && raw.substr(6, 4) == bytes("\0\0\0\0"))
        return "BMP image";
    return std::nullopt;
}

/// C0 controls that text files practically never hold (not \t \n \v \f \r, not ^Z at DOS EOF, not ESC), and DEL.
bool is_binary_control(char32_t cp) {
    return (cp >= 0x01 && cp <= 0x08) || (cp >= 0x0E && cp <= 0x19) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x7F;
}

/// Counts over code units (bytes for 8-bit input, code points for UTF-16/32) that tell text from binary data.
struct ControlCounts {
    std::size_t units = 0;
    std::size_t nuls = 0;
    std::size_t nul_runs = 0;
    std::size_t binary_controls = 0;
};

bool looks_binary(const ControlCounts& c) {
    std::size_t non_nul = c.units - c.nuls;
    if (c.units > 0 && non_nul == 0)
        return true; // nothing but NULs
    // Over 2% odd controls: real text has none or a stray few.
    if (c.binary_controls >= 8 && c.binary_controls * 50 > non_nul)
        return true;
    // NULs scattered all over; one or two runs are padding after the text, which is dropped with a warning.
    return c.nuls >= 8 && c.nuls * 10 > c.units && c.nul_runs >= 8;
}

/// Decodes one UTF-8 sequence at s[i]: sets cp (invalid_cp when it is not valid) and returns the bytes taken.
/// An invalid sequence is taken whole when its lead byte announces its length: a surrogate "ED A0 80" or an
/// overlong "C0 AF" is one bad sequence, a lead byte cut short takes its continuation bytes with it.
std::size_t utf8_step(std::string_view s, std::size_t i, char32_t& cp) {
    unsigned char b = byte_at(s, i);
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    std::size_t need = 0;
    char32_t value = 0;
    char32_t min = 0;
    if (b >= 0xC0 && b <= 0xDF) {
        need = 1;
        value = b & 0x1Fu;
        min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        value = b & 0x0Fu;
        min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF7) {
        need = 3;
        value = b & 0x07u;
        min = 0x10000;
    } else {
        cp = invalid_cp; // a lone continuation byte or F8..FF
        return 1;
    }
    std::size_t len = 1;
    while (len <= need && i + len < s.size() && (byte_at(s, i + len) & 0xC0) == 0x80) {
        value = (value << 6) | (byte_at(s, i + len) & 0x3Fu);
        ++len;
    }
    bool complete = len == need + 1;
    if (!complete || value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        cp = invalid_cp;
    else
        cp = value;
    return len;
}

/// How many of the eight bytes of v, from the first, are printable ASCII, line feeds or tabs (8 when all are): text
/// that decodes to itself, byte for byte.
int plain_bytes8(std::uint64_t v) {
    if (text::printable8(v))
        return 8; // (most steps: the masks below cost more)
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    // The bytes below 0x20, exactly: a byte's low seven bits plus 0x60 carry into no other byte.
    const std::uint64_t controls = ~(((v & ~tops) + ones * 0x60) | v) & tops;
    const std::uint64_t breaks = text::bytes_equal8(v, '\n') | text::bytes_equal8(v, '\t');
    const std::uint64_t others = (controls & ~breaks) | (v & tops) | text::bytes_equal8(v, 0x7F);
    return others == 0 ? 8 : std::countr_zero(others) / 8;
}

/// The first index from i whose byte is not printable ASCII, a line feed or a tab, or s.size().
std::size_t plain_text_end(std::string_view s, std::size_t i) {
    while (i + 8 <= s.size()) {
        const int plain = plain_bytes8(text::load8(s.data() + i));
        i += static_cast<std::size_t>(plain);
        if (plain < 8)
            return i;
    }
    auto plain = [](char c) { return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t'; };
    while (i < s.size() && plain(s[i]))
        ++i;
    return i;
}

/// One pass over 8-bit input: binary evidence, UTF-8 validity, UTF-16 NUL positions, Latin letters.
struct ByteScan {
    ControlCounts controls;
    std::size_t utf8_multibyte = 0; ///< valid non-ASCII sequences
    std::size_t utf8_bad_single = 0; ///< invalid single bytes: what a legacy 8-bit page is made of
    std::size_t utf8_bad_multi = 0;  ///< invalid multi-byte sequences: what broken UTF-8 is made of
    std::size_t zeros_even = 0;
    std::size_t zeros_odd = 0;
    std::size_t high_bytes = 0;
    bool has_c1_bytes = false; ///< 0x80..0x9F: windows-1252 punctuation, not ISO-8859-1
};

ByteScan scan_bytes(std::string_view raw) {
    ByteScan scan;
    ControlCounts& c = scan.controls;
    c.units = raw.size();
    bool prev_nul = false;
    std::size_t zeros[2] = {0, 0};
    std::size_t sequence_end = 0; // the end of the last UTF-8 sequence read (its bytes are no ASCII)
    for (std::size_t i = 0; i < raw.size(); ++i) {
        // Printable ASCII, line feeds and tabs eight bytes at once, up to the first other byte: nothing to count.
        while (i + 8 <= raw.size()) {
            const int plain = plain_bytes8(text::load8(raw.data() + i));
            prev_nul = prev_nul && plain == 0;
            i += static_cast<std::size_t>(plain);
            if (plain < 8)
                break;
        }
        if (i == raw.size())
            break;
        unsigned char b = byte_at(raw, i);
        if (b == 0) {
            ++c.nuls;
            ++zeros[i & 1];
            c.nul_runs += !prev_nul;
            prev_nul = true;
            continue;
        }
        prev_nul = false;
        if (b < 0x80) {
            c.binary_controls += is_binary_control(b);
            continue;
        }
        ++scan.high_bytes;
        scan.has_c1_bytes |= b <= 0x9F;
        // A byte from 0x80 after the last sequence starts the next one (a sequence's other bytes come in the same
        // pass, skipped here).
        if (i < sequence_end)
            continue;
        char32_t cp = 0;
        std::size_t len = utf8_step(raw, i, cp);
        if (cp != invalid_cp)
            ++scan.utf8_multibyte;
        else if (len == 1)
            ++scan.utf8_bad_single;
        else
            ++scan.utf8_bad_multi;
        sequence_end = i + len;
    }
    scan.zeros_even = zeros[0];
    scan.zeros_odd = zeros[1];
    return scan;
}

/// The ASCII letters of `raw` (only a legacy charset's guess asks).
std::size_t ascii_letters(std::string_view raw) {
    std::size_t n = 0, i = 0;
    for (; i + 8 <= raw.size(); i += 8) {
        const std::uint64_t v = text::load8(raw.data() + i);
        // (A byte from 0x80 may carry into the byte after it: those eight bytes are counted one at a time.)
        if ((v & 0x8080808080808080ULL) == 0) {
            n += static_cast<std::size_t>(text::count8(text::in_range8(v | 0x2020202020202020ULL, 'a', 'z')));
            continue;
        }
        for (std::size_t k = i; k < i + 8; ++k) {
            const unsigned char b = byte_at(raw, k);
            n += b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
        }
    }
    for (; i < raw.size(); ++i) {
        const unsigned char b = byte_at(raw, i);
        n += b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    }
    return n;
}

/// Characters that NFC leaves alone whatever surrounds them: starters that neither compose with what precedes
/// them nor change alone (checked against utf8proc over every code point of these ranges).
bool nfc_inert(char32_t cp) {
    return cp < 0x300 || (cp >= 0x400 && cp <= 0x482) || (cp >= 0x2010 && cp <= 0x2027) ||
           (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20C0) || (cp >= 0x3001 && cp <= 0x3029) ||
           (cp >= 0x3030 && cp <= 0x3098) || (cp >= 0x309B && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0xFFFD;
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
    static bool copied_as_is(char32_t cp) {
        return cp > 0xAD && cp != 0x061C && cp != 0x1680 && cp != 0x180E && (cp < 0x2000 || cp > 0x206F) &&
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
        if (nuls_ > 0)
            w.push_back("NUL bytes dropped (" + std::to_string(nuls_) + "), first at byte " +
                        std::to_string(first_nul_));
        if (controls_ > 0)
            w.push_back("control characters dropped (" + std::to_string(controls_) + "), first at byte " +
                        std::to_string(first_control_));
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
};

/// Decodes UTF-8 from raw[start] into `sink`. With `clean_only`, gives up (false) at the first sequence that leaves
/// the sink unclean (see Normaliser::clean).
bool decode_utf8(std::string_view raw, std::size_t start, Normaliser& sink, bool clean_only = false) {
    std::size_t i = start;
    while (i < raw.size()) {
        // The plain ASCII from i on and the valid two- and three-byte characters between its pieces that put() would
        // copy as they are (the letters of most pages), appended at once: the characters are decoded here, in line,
        // and anything else (four bytes, invalid, control or white space) ends the run and goes through utf8_step().
        std::size_t run = i, chars = 0, not_inert = std::string::npos;
        for (;;) {
            if (run < raw.size() && byte_at(raw, run) < 0x80) { // (letters from U+0080 often stand side by side)
                const std::size_t plain = plain_text_end(raw, run);
                chars += plain - run;
                run = plain;
            }
            const std::size_t rest = raw.size() - run;
            if (rest < 2)
                break;
            const auto lead = byte_at(raw, run), next = byte_at(raw, run + 1);
            if ((next & 0xC0) != 0x80)
                break;
            char32_t cp = 0;
            std::size_t len = 0;
            if (lead >= 0xC2 && lead <= 0xDF) {
                cp = (char32_t{lead} & 0x1F) << 6 | (next & 0x3F);
                len = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF && rest >= 3 && (byte_at(raw, run + 2) & 0xC0) == 0x80) {
                cp = (char32_t{lead} & 0x0F) << 12 | char32_t{next & 0x3Fu} << 6 | (byte_at(raw, run + 2) & 0x3F);
                len = 3;
                if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                    break; // (invalid: an overlong form or a surrogate)
            } else {
                break;
            }
            if (!Normaliser::copied_as_is(cp))
                break;
            if (not_inert == std::string::npos && !nfc_inert(cp))
                not_inert = run - i;
            ++chars;
            run += len;
        }
        if (run > i) {
            sink.verbatim(raw.substr(i, run - i), chars, not_inert);
            i = run;
            continue;
        }
        char32_t cp = 0;
        std::size_t len = utf8_step(raw, i, cp);
        if (cp == invalid_cp)
            sink.invalid(i);
        else if (Normaliser::copied_as_is(cp))
            sink.as_is(cp, raw.substr(i, len));
        else
            sink.put(cp, i);
        if (clean_only && !sink.clean())
            return false;
        i += len;
    }
    return true;
}

void decode_utf16(std::string_view raw, std::size_t start, bool big_endian, Normaliser& sink) {
    auto unit = [&](std::size_t i) -> char32_t {
        unsigned char a = byte_at(raw, i), b = byte_at(raw, i + 1);
        return big_endian ? static_cast<char32_t>(a << 8 | b) : static_cast<char32_t>(b << 8 | a);
    };
    std::size_t i = start;
    while (i + 1 < raw.size()) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < raw.size()) {
            char32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                sink.put(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), i);
                i += 4;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF)
            sink.invalid(i);
        else
            sink.put(u, i);
        i += 2;
    }
    if (i < raw.size())
        sink.invalid(i); // an odd trailing byte
}

void decode_utf32(std::string_view raw, std::size_t start, bool big_endian, Normaliser& sink) {
    std::size_t i = start;
    for (; i + 3 < raw.size(); i += 4) {
        char32_t u = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            char32_t b = byte_at(raw, i + (big_endian ? k : 3 - k));
            u = (u << 8) | b;
        }
        if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
            sink.invalid(i);
        else
            sink.put(u, i);
    }
    if (i < raw.size())
        sink.invalid(i);
}

/// UTF-32 without BOM: every unit a code point below U+110000, hardly any of them NUL.
std::optional<bool> evident_utf32(std::string_view raw) {
    if (raw.size() < 4 || raw.size() % 4 != 0)
        return std::nullopt;
    for (bool big_endian : {false, true}) {
        std::size_t nul_units = 0;
        bool ok = true;
        for (std::size_t i = 0; i < raw.size() && ok; i += 4) {
            unsigned char top = byte_at(raw, big_endian ? i : i + 3);
            unsigned char plane = byte_at(raw, big_endian ? i + 1 : i + 2);
            ok = top == 0 && plane <= 0x10;
            nul_units += raw.substr(i, 4) == bytes("\0\0\0\0");
        }
        if (ok && nul_units * 10 < raw.size() / 4)
            return big_endian;
    }
    return std::nullopt;
}

/// Share of code units (per mille) that could not be in UTF-16 text: unpaired surrogates, unassigned,
/// private-use or control characters.
std::size_t utf16_bad_per_mille(std::string_view sample, bool big_endian) {
    std::size_t units = 0, bad = 0;
    for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
        unsigned char a = byte_at(sample, i), b = byte_at(sample, i + 1);
        auto u = static_cast<utf8proc_int32_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
        ++units;
        if (u == 0 || u == '\n' || u == '\r' || u == '\t')
            continue; // NUL padding is reported as dropped NULs, not taken for another encoding
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < sample.size()) {
            unsigned char c = byte_at(sample, i + 2), d = byte_at(sample, i + 3);
            auto lo = big_endian ? (c << 8 | d) : (d << 8 | c);
            bad += lo < 0xDC00 || lo > 0xDFFF;
            i += 2;
            continue;
        }
        utf8proc_category_t cat = utf8proc_category(u);
        bad += cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CN || cat == UTF8PROC_CATEGORY_CO ||
               cat == UTF8PROC_CATEGORY_CS;
    }
    return units == 0 ? 1000 : bad * 1000 / units;
}

/// UTF-16 without BOM: the high bytes of ASCII, spaces and digits are NULs, all on one parity, and the units
/// read as text (a few NULs in an 8-bit page can fall on one parity too).
std::optional<bool> evident_utf16(std::string_view raw, const ByteScan& scan) {
    std::size_t units = raw.size() / 2;
    auto one_sided = [&](std::size_t high, std::size_t low) { return high * 8 >= units && low * 8 <= high; };
    std::optional<bool> big_endian;
    if (one_sided(scan.zeros_odd, scan.zeros_even))
        big_endian = false;
    else if (one_sided(scan.zeros_even, scan.zeros_odd))
        big_endian = true;
    std::string_view sample = raw.substr(0, std::min<std::size_t>(raw.size(), 1u << 16));
    if (big_endian && utf16_bad_per_mille(sample, *big_endian) <= 50)
        return big_endian;
    return std::nullopt;
}

/// UTF-16 with few or no NULs (CJK): the high bytes, all on one parity, take a handful of values
/// ("\x30" for kana, "\x04" for Cyrillic) while the low bytes spread; an 8-bit page looks the same on both
/// parities. The units must also be almost all assigned characters.
std::optional<bool> statistical_utf16(std::string_view raw) {
    if (raw.size() < 64 || raw.size() % 2 != 0)
        return std::nullopt;
    std::string_view sample = raw.substr(0, std::min<std::size_t>(raw.size(), 1u << 16) & ~std::size_t{1});
    std::array<std::array<std::size_t, 256>, 2> hist{};
    for (std::size_t i = 0; i < sample.size(); ++i)
        ++hist[i & 1][byte_at(sample, i)];
    auto top4 = [](std::array<std::size_t, 256> h) {
        std::partial_sort(h.begin(), h.begin() + 4, h.end(), std::greater<>());
        return h[0] + h[1] + h[2] + h[3];
    };
    std::size_t units = sample.size() / 2, even = top4(hist[0]), odd = top4(hist[1]);
    std::optional<bool> big_endian;
    if (odd * 2 >= units && odd >= 2 * even)
        big_endian = false;
    else if (even * 2 >= units && even >= 2 * odd)
        big_endian = true;
    if (big_endian && utf16_bad_per_mille(sample, *big_endian) <= 10)
        return big_endian;
    return std::nullopt;
}

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

/// Charsets of non-Latin scripts (uchardet's names, lowercased).
bool non_latin_charset(std::string_view name) {
    static constexpr std::string_view names[] = {
        "windows-1251", "windows-1253", "windows-1255", "windows-1256", "koi8-r",    "koi8-u",
        "ibm855",       "ibm866",       "iso-8859-5",   "iso-8859-6",   "iso-8859-7", "iso-8859-8",
        "iso-8859-11",  "tis-620",      "mac-cyrillic", "shift_jis",    "euc-jp",    "euc-kr",
        "euc-tw",       "gb18030",      "big5",         "iso-2022-jp",  "iso-2022-kr", "iso-2022-cn",
        "uhc",          "johab",        "hz-gb-2312",   "cp949"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

/// ISO-8859-15 against ISO-8859-1 (uchardet names only the latter): "5 \xA4" is "5 €", "c\xBDur" is "cœur".
bool latin9_evidence(std::string_view raw) {
    auto letter = [&](std::size_t i) {
        unsigned char b = byte_at(raw, i);
        return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b >= 0xC0;
    };
    for (std::size_t i = 0; i < raw.size(); ++i) {
        unsigned char b = byte_at(raw, i);
        if (b == 0xA4)
            return true;
        if ((b == 0xBC || b == 0xBD || b == 0xA6 || b == 0xA8) &&
            ((i > 0 && letter(i - 1)) || (i + 1 < raw.size() && letter(i + 1))))
            return true;
    }
    return false;
}

/// The legacy charset of bytes that are not UTF-8, lowercased: uchardet's guess, corrected where it is weak.
std::string detect_charset(std::string_view raw, const ByteScan& scan) {
    std::string name;
    if (uchardet_t ud = uchardet_new()) {
        constexpr std::size_t sample_limit = std::size_t{1} << 20; // uchardet takes ~100 ns a byte
        std::string_view sample = raw.substr(0, std::min(raw.size(), sample_limit));
        uchardet_handle_data(ud, sample.data(), sample.size());
        uchardet_data_end(ud);
        if (const char* found = uchardet_get_charset(ud))
            name = lowercase(found);
        uchardet_delete(ud);
    }
    if (name.empty() || name == "ascii")
        return "windows-1252"; // the web's default for unlabelled 8-bit pages
    // A Latin page with a few accented letters is sometimes taken for Cyrillic or Greek.
    if (non_latin_charset(name) && scan.high_bytes > 0 && ascii_letters(raw) >= 4 * scan.high_bytes)
        return "windows-1252";
    if (name == "iso-8859-1") {
        if (scan.has_c1_bytes)
            return "windows-1252"; // its 0x80..0x9F are curly quotes and dashes, not C1 controls
        if (latin9_evidence(raw))
            return "iso-8859-15";
    }
    return name;
}

/// The legacy charset of 8-bit input, or "" to read it as UTF-8. UTF-8 unless the invalid bytes outnumber the
/// evidence for it: a legacy page is lone high bytes ("caf\xE9"), broken UTF-8 is valid sequences around a
/// few bad ones, or sequences cut short.
std::string legacy_charset(std::string_view raw, const ByteScan& scan) {
    std::size_t bad = scan.utf8_bad_single + scan.utf8_bad_multi;
    if (bad == 0) {
        // "\x1B$B" switches ISO-2022-JP to JIS X 0208: 7-bit bytes, valid UTF-8, not meant as it.
        if (scan.high_bytes == 0 && raw.find("\x1B$") != std::string_view::npos) {
            std::string name = detect_charset(raw, scan);
            if (name.rfind("iso-2022-", 0) == 0)
                return name;
        }
        return "";
    }
    if (scan.utf8_multibyte + scan.utf8_bad_multi >= scan.utf8_bad_single)
        return "";
    std::string name = detect_charset(raw, scan);
    return name == "utf-8" ? "" : name;
}

class Iconv {
public:
    explicit Iconv(const std::string& from) : cd_(iconv_open("UTF-32LE", from.c_str())) {}
    ~Iconv() {
        if (ok())
            iconv_close(cd_);
    }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;

    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }
    void reset() { iconv(cd_, nullptr, nullptr, nullptr, nullptr); }

    /// Converts from `in` into `out`; returns iconv's result and sets `err` to errno on failure.
    std::size_t convert(char*& in, std::size_t& in_left, char*& out, std::size_t& out_left, int& err) {
        errno = 0;
        std::size_t r = iconv(cd_, &in, &in_left, &out, &out_left);
        err = errno;
        return r;
    }

private:
    iconv_t cd_;
};

char32_t read_utf32le(const char* p) {
    char32_t cp = 0;
    for (int k = 3; k >= 0; --k)
        cp = (cp << 8) | static_cast<unsigned char>(p[k]);
    return cp;
}

/// A single-byte charset as a 256-entry table (invalid_cp for undefined bytes), or nullopt for a multi-byte one.
std::optional<std::array<char32_t, 256>> byte_table(Iconv& cd) {
    std::array<char32_t, 256> table{};
    for (std::size_t b = 0; b < 256; ++b) {
        cd.reset();
        char in_byte = static_cast<char>(b);
        char out_buf[8];
        char* in = &in_byte;
        char* out = out_buf;
        std::size_t in_left = 1, out_left = sizeof out_buf;
        int err = 0;
        std::size_t r = cd.convert(in, in_left, out, out_left, err);
        std::size_t produced = sizeof out_buf - out_left;
        if (r == static_cast<std::size_t>(-1) && err == EILSEQ)
            table[b] = invalid_cp;
        else if (r != static_cast<std::size_t>(-1) && in_left == 0 && produced == 4)
            table[b] = read_utf32le(out_buf);
        else
            return std::nullopt; // a lead byte, a shift state or one byte giving two code points
    }
    return table;
}

void decode_legacy(std::string_view raw, Iconv& cd, Normaliser& sink) {
    if (auto table = byte_table(cd)) {
        for (std::size_t i = 0; i < raw.size(); ++i) {
            char32_t cp = (*table)[byte_at(raw, i)];
            if (cp == invalid_cp || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
                sink.invalid(i);
            else
                sink.put(cp, i);
        }
        return;
    }
    // Multi-byte charsets: one character per call, so that every code point keeps its raw offset. The input
    // window is short because glibc converts a whole window before it finds the output full.
    cd.reset();
    char* base = const_cast<char*>(raw.data()); // iconv() takes char** but does not write the input
    std::size_t pos = 0;
    std::size_t window = 16;
    while (pos < raw.size()) {
        char out_buf[64];
        char* out = out_buf;
        std::size_t out_left = 4;
        char* in = base + pos;
        std::size_t in_left = std::min(window, raw.size() - pos);
        int err = 0;
        std::size_t r = cd.convert(in, in_left, out, out_left, err);
        if (out == out_buf && r == static_cast<std::size_t>(-1) && err == E2BIG) {
            out_left = sizeof out_buf; // one input character giving several code points
            r = cd.convert(in, in_left, out, out_left, err);
        }
        for (char* p = out_buf; p + 4 <= out; p += 4) {
            char32_t cp = read_utf32le(p);
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                sink.invalid(pos);
            else
                sink.put(cp, pos);
        }
        auto consumed = static_cast<std::size_t>(in - (base + pos));
        pos += consumed;
        if (out != out_buf || consumed > 0) {
            window = 16;
            continue;
        }
        if (r != static_cast<std::size_t>(-1) || err == E2BIG)
            break; // no progress without an error: cannot happen, but never loop forever
        if (err == EINVAL && pos + window < raw.size()) {
            window *= 4; // a character longer than the window (an escape sequence)
            continue;
        }
        sink.invalid(pos);
        if (err != EILSEQ)
            break; // the input ends inside a character
        ++pos;
    }
}

/// NFC of a piece that starts at an ASCII byte (or the text start) and holds no other ASCII byte.
void append_nfc(std::string& out, std::string_view piece) {
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(piece.data()),
                                        static_cast<utf8proc_ssize_t>(piece.size()), &mapped,
                                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (mapped != nullptr && len >= 0)
        out.append(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
    else
        out.append(piece);
    std::free(mapped);
}

/// NFC in pieces cut before an ASCII byte: ASCII is a starter that composes with nothing before it, so the
/// pieces normalise independently. Only the pieces holding a character that is not inert go through utf8proc
/// (a few words of a Latin, Cyrillic or Japanese page); the rest is copied as it is. `from` is where the first
/// character that is not inert starts: the scan starts at the last ASCII byte before it.
std::string to_nfc(std::string s, std::size_t from) {
    std::string out;
    out.reserve(s.size());
    std::size_t copied = 0;   // s[..copied) is in out
    std::size_t last_ascii = from; // where the current piece starts
    while (last_ascii > 0 && byte_at(s, last_ascii) >= 0x80)
        --last_ascii;
    for (std::size_t i = last_ascii; i < s.size();) {
        if (byte_at(s, i) < 0x80) {
            i = text::ascii_run_end(s, i);
            last_ascii = i - 1;
            continue;
        }
        std::size_t at = i;
        if (nfc_inert(text::next_cp(s, i)))
            continue;
        std::size_t begin = std::max(last_ascii, copied);
        if (at < begin) // the piece was mapped already
            continue;
        std::size_t end = i;
        while (end < s.size() && byte_at(s, end) >= 0x80)
            ++end;
        out.append(s, copied, begin - copied);
        append_nfc(out, std::string_view(s).substr(begin, end - begin));
        copied = end;
        i = end;
    }
    out.append(s, copied, s.size() - copied);
    return out;
}

[[noreturn]] void refuse(std::string_view what) {
    throw Error("not a text file (" + std::string(what) + ")");
}

Decoded finish(Normaliser& sink, std::string encoding) {
    Decoded d;
    std::size_t from = sink.first_not_inert();
    d.text = from != std::string::npos ? to_nfc(std::move(sink.text()), from) : std::move(sink.text());
    d.encoding = std::move(encoding);
    d.warnings = sink.warnings();
    return d;
}

Decoded decode_wide(std::string_view raw, std::size_t bom, int width, bool big_endian) {
    Normaliser sink(raw.size() / static_cast<std::size_t>(width) * 3, width == 2 ? "UTF-16" : "UTF-32");
    if (width == 2)
        decode_utf16(raw, bom, big_endian, sink);
    else
        decode_utf32(raw, bom, big_endian, sink);
    if (looks_binary(sink.counts()))
        refuse("binary data");
    std::string name = width == 2 ? "utf-16" : "utf-32";
    return finish(sink, name + (big_endian ? "be" : "le"));
}

} // namespace

Decoded decode(std::string_view raw) {
    if (raw.empty())
        return Decoded{"", "utf-8", {}};
    if (auto kind = magic_type(raw))
        refuse("looks like " + std::string(*kind));

    if (has_at(raw, 0, bytes("\xEF\xBB\xBF"))) {
        Normaliser sink(raw.size(), "UTF-8");
        decode_utf8(raw, 3, sink);
        if (looks_binary(sink.counts()))
            refuse("binary data");
        return finish(sink, "utf-8");
    }
    if (has_at(raw, 0, bytes("\xFF\xFE\0\0")) && raw.size() % 4 == 0)
        return decode_wide(raw, 4, 4, false);
    if (has_at(raw, 0, bytes("\0\0\xFE\xFF")))
        return decode_wide(raw, 4, 4, true);
    if (has_at(raw, 0, bytes("\xFF\xFE")))
        return decode_wide(raw, 2, 2, false);
    if (has_at(raw, 0, bytes("\xFE\xFF")))
        return decode_wide(raw, 2, 2, true);

    // Most pages are UTF-8 without a bad sequence, a NUL or a control character: for them the scan below finds
    // nothing to weigh (no NUL for UTF-16 or UTF-32, nothing binary, no escape of ISO-2022) and the text is read as
    // UTF-8. Such a page is decoded at once; any other is scanned first, as the scan decides.
    if (raw.size() >= 2) {
        Normaliser sink(raw.size(), "UTF-8");
        if (decode_utf8(raw, 0, sink, true))
            return finish(sink, "utf-8");
    }
    ByteScan scan = scan_bytes(raw);
    if (scan.controls.nuls * 5 >= raw.size() * 2)
        if (auto big_endian = evident_utf32(raw))
            return decode_wide(raw, 0, 4, *big_endian);
    if (auto big_endian = evident_utf16(raw, scan))
        return decode_wide(raw, 0, 2, *big_endian);
    std::size_t bad = scan.utf8_bad_single + scan.utf8_bad_multi;
    if (bad > 0 || looks_binary(scan.controls))
        if (auto big_endian = statistical_utf16(raw))
            return decode_wide(raw, 0, 2, *big_endian);
    if (looks_binary(scan.controls))
        refuse("binary data");

    if (std::string charset = legacy_charset(raw, scan); !charset.empty()) {
        auto cd = std::make_unique<Iconv>(charset);
        if (!cd->ok()) {
            charset = "windows-1252";
            cd = std::make_unique<Iconv>(charset);
        }
        if (cd->ok()) {
            Normaliser sink(raw.size() * 2, charset);
            decode_legacy(raw, *cd, sink);
            return finish(sink, charset);
        }
    }
    Normaliser sink(raw.size(), "UTF-8");
    decode_utf8(raw, 0, sink);
    return finish(sink, "utf-8");
}

} // namespace archive
