// Which encoding 8-bit input is in, when decode() cannot tell from a BOM: UTF-32 and UTF-16 without BOM (from NUL
// positions or byte statistics), the legacy charset uchardet names (corrected where it is weak), and the legacy
// decoding through iconv, a byte table for single-byte charsets.
#include "decode_parts.hpp"
#include "normalise.hpp"
#include "text.hpp"

#include <uchardet/uchardet.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <functional>

namespace archive::decoding {

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

std::optional<std::array<char32_t, 256>> single_byte_table(const std::string& charset) {
    Iconv cd(charset);
    if (!cd.ok())
        return std::nullopt;
    return byte_table(cd);
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

} // namespace archive::decoding
