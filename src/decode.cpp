// decode(): raw page bytes -> NFC UTF-8 text with "\n" line ends and plain spaces; refuses binary files.
//
// Order of decisions: magic bytes (binary refusal) -> BOM -> UTF-32/UTF-16 evident from NUL positions or
// from the byte statistics of the two parities -> binary by control-byte density -> UTF-8 unless its invalid
// sequences outweigh its valid ones -> the legacy charset uchardet names, read through iconv.
// Every path feeds code points with their raw byte offsets into one Normaliser, then NFC runs in chunks.
// Charset detection and legacy decoding are in charsets.cpp, the Normaliser and NFC in normalise.hpp/.cpp; what they
// share is in decode_parts.hpp.
#include "pipeline.hpp"
#include "decode_parts.hpp"
#include "markdown.hpp"
#include "normalise.hpp"
#include "text.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive {

namespace {

using namespace decoding;

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
    // The header's magic at 257 ends in a NUL: "ustar\0" (POSIX) or "ustar  \0" (GNU). Text holds no NUL, and
    // "ustar" alone at 257 is a page's "custar", "gustar" or "Augustaro" by chance.
    if (has_at(raw, 257, bytes("ustar\0")) || has_at(raw, 257, bytes("ustar  \0")))
        return "tar archive";
    // "MZ" alone could open a line of text: a DOS header also has NULs in its first 64 bytes.
    if (has_at(raw, 0, bytes("MZ")) && raw.size() >= 64 && raw.substr(0, 64).find('\0') != std::string_view::npos)
        return "Windows executable";
    if (has_at(raw, 0, bytes("BM")) && raw.size() >= 26 && raw.substr(6, 4) == bytes("\0\0\0\0"))
        return "BMP image";
    return std::nullopt;
}

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

} // namespace

// (The scan for the plain text that decodes to itself, in its two forms: see decode_parts.hpp.)
std::size_t decoding::plain_text_end_portable(std::string_view s, std::size_t i) {
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

#if defined(__SSE2__)
namespace {

// The bytes of x from lo to hi (-1 each, 0 for the others, whatever the byte): moved to the bottom of the signed bytes
// (lo to -128), where one comparison finds them, as text_words.cpp's masks16() does. (An add and a comparison, where
// one comparison with each end costs two and an and.)
__m128i in_range16(__m128i x, char lo, char hi) {
    const __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
    return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(-127 + (hi - lo))), moved);
}

} // namespace
#endif

std::size_t decoding::plain_text_end(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
    // Sixteen bytes a step, line feeds and tabs included: the eight-byte test leaves its fast path at every line end.
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        // Printable ASCII is the range ' '..'~', and a tab and a line feed are the range '\t'..'\n'.
        const __m128i printable = in_range16(v, ' ', '~');
        const __m128i breaks = in_range16(v, '\t', '\n');
        const auto plain = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(printable, breaks)));
        if (plain != 0xFFFF)
            return i + static_cast<std::size_t>(std::countr_one(plain));
    }
    // (The last bytes, fewer than sixteen: the portable scan.)
#endif
    return plain_text_end_portable(s, i);
}

namespace {

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

constexpr std::string_view mixed_charset = "windows-1252";

/// What the bytes from 0x80 of raw[begin, end), a line, are as UTF-8: valid sequences, bad single bytes that
/// `table` defines, other bad sequences (cut short, overlong, surrogates) or single bytes `table` leaves undefined.
struct LineBytes {
    bool valid = false, bad_single = false, bad_other = false;
};

LineBytes line_bytes(std::string_view raw, std::size_t begin, std::size_t end,
                     const std::array<char32_t, 256>& table) {
    const std::string_view line = raw.substr(0, end);
    LineBytes seen;
    for (std::size_t i = begin; i < end;) {
        if (byte_at(raw, i) < 0x80) {
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = utf8_step(line, i, cp);
        if (cp != invalid_cp)
            seen.valid = true;
        else if (len == 1 && table[byte_at(raw, i)] != invalid_cp)
            seen.bad_single = true;
        else
            seen.bad_other = true;
        i += len;
    }
    return seen;
}

/// Whether a line of a page read as UTF-8 is a line of windows-1252 instead: a page pasted together from two
/// sources (a Latin-1 footer or comment under a UTF-8 article, "caf\xE9" among "caf\xC3\xA9"). Such a line holds no
/// valid sequence from U+0080, and each bad one is a single byte that windows-1252 defines; a sequence cut short
/// ("\xE2\x80 said"), an overlong form or a surrogate is broken UTF-8, not another charset.
bool legacy_line(const LineBytes& seen) {
    return seen.bad_single && !seen.valid && !seen.bad_other;
}

/// Whether a line of a page of a single-byte charset is UTF-8 instead: valid sequences from U+0080 and no bad one
/// (a legacy charset's accented letters are lone high bytes, which UTF-8 never is: "\xC3\xA9" read as
/// windows-1252 is "Ã©", text nobody writes).
bool utf8_line(const LineBytes& seen) {
    return seen.valid && !seen.bad_single && !seen.bad_other;
}

/// A page of two charsets, line by line: UTF-8 with lines of a single-byte charset (`table`, named `charset`) that
/// legacy_line() tells apart, or (`utf8_lines`) that charset with lines that utf8_line() tells apart.
void decode_mixed(std::string_view raw, std::size_t start, Normaliser& sink, const std::array<char32_t, 256>& table,
                  std::string_view charset, bool utf8_lines) {
    auto put_legacy = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const char32_t cp = table[byte_at(raw, i)];
            if (cp == invalid_cp)
                sink.invalid(i);
            else
                sink.put(cp, i);
        }
    };
    std::size_t pending = start; // raw[pending, begin) is in the page's own charset, still to decode
    auto flush = [&](std::size_t to) {
        if (utf8_lines)
            put_legacy(pending, to);
        else
            decode_utf8(raw.substr(0, to), pending, sink);
    };
    for (std::size_t begin = start; begin < raw.size();) {
        std::size_t end = raw.find_first_of("\r\n", begin);
        end = end == std::string_view::npos ? raw.size() : end + 1;
        const LineBytes seen = line_bytes(raw, begin, end, table);
        if (utf8_lines ? utf8_line(seen) : legacy_line(seen)) {
            flush(begin);
            sink.legacy_line(begin, utf8_lines ? "UTF-8" : charset);
            if (utf8_lines)
                decode_utf8(raw.substr(0, end), begin, sink);
            else
                put_legacy(begin, end);
            pending = end;
        }
        begin = end;
    }
    flush(raw.size());
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

[[noreturn]] void refuse(std::string_view what) {
    throw Error("not a text file (" + std::string(what) + ")");
}

Decoded finish(Normaliser& sink, std::string encoding) {
    Decoded d;
    sink.strip_escapes();
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

/// The UTF-8 page from raw[start]; when it has bad sequences, read again with its lines of windows-1252 read as such
/// (decode_mixed), if it has any.
Normaliser decode_utf8_page(std::string_view raw, std::size_t start) {
    Normaliser sink(raw.size(), "UTF-8");
    decode_utf8(raw, start, sink);
    if (sink.invalid_count() == 0)
        return sink;
    static const auto table = single_byte_table(std::string(mixed_charset));
    if (!table)
        return sink;
    Normaliser mixed(raw.size(), "UTF-8");
    decode_mixed(raw, start, mixed, *table, mixed_charset, false);
    return mixed.legacy_lines() > 0 ? std::move(mixed) : std::move(sink);
}

Decoded decode_bytes(std::string_view raw);

} // namespace

// A clipper's Markdown export is read as the page it was clipped from (markdown.hpp): the lossless contract holds
// for the text decode() gives, its marks off and its link addresses on lines of their own.
Decoded decode(std::string_view raw) {
    Decoded d = decode_bytes(raw);
    if (markdown_text(d.text)) {
        d.text = markdown_plain(d.text);
        d.warnings.emplace_back("read as Markdown: its marks taken off, link addresses kept on lines of their own");
    }
    return d;
}

namespace {

Decoded decode_bytes(std::string_view raw) {
    if (raw.empty())
        return Decoded{"", "utf-8", {}};
    if (auto kind = magic_type(raw))
        refuse("looks like " + std::string(*kind));

    if (has_at(raw, 0, bytes("\xEF\xBB\xBF"))) {
        Normaliser sink = decode_utf8_page(raw, 3);
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
            // A legacy page with lines of UTF-8 (a headline or a quote pasted from another source) reads them as such.
            std::optional<std::array<char32_t, 256>> table;
            if (scan.utf8_multibyte > 0)
                table = single_byte_table(charset);
            if (table)
                decode_mixed(raw, 0, sink, *table, charset, true);
            else
                decode_legacy(raw, *cd, sink);
            return finish(sink, charset);
        }
    }
    Normaliser sink = decode_utf8_page(raw, 0);
    return finish(sink, "utf-8");
}

} // namespace

} // namespace archive
