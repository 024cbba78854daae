// Which encoding 8-bit input is in, when decode() cannot tell from a BOM: UTF-32 and UTF-16 without BOM (from NUL
// positions or byte statistics), the legacy charset uchardet names (corrected where it is weak), and the legacy
// decoding through iconv, a byte table for single-byte charsets.
#include "decode_parts.hpp"
#include "lexicon.hpp"
#include "normalise.hpp"
#include "text.hpp"

#include <uchardet/uchardet.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <span>
#include <vector>

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

// The Latin single-byte charsets uchardet takes for one another: a Mac Roman page is named mac-centraleurope
// ("apr\x8Fs" read "aprŹs", not "après"), a DOS page (CP850, CP437, which uchardet does not know) windows-1252
// ("pr\x82sente" read "pr‚sente", not "présente"). The candidates, in the order that wins a tie.
constexpr std::string_view latin_candidates[] = {"windows-1252", "macintosh",  "cp850",
                                                 "cp437",        "windows-1250", "iso-8859-2",
                                                 "mac-centraleurope", "ibm852"};
// The other Latin charsets uchardet names, whose reading is weighed against the candidates' (ISO-8859-1 and -15 are
// windows-1252's letters: detect_charset() tells them apart).
constexpr std::string_view latin_named_only[] = {"iso-8859-1",  "iso-8859-15", "iso-8859-3",   "iso-8859-4",
                                                 "iso-8859-9",  "iso-8859-13", "iso-8859-16",  "windows-1254",
                                                 "windows-1257"};

/// What each byte of a single-byte charset reads as, for latin_reading(): its kind, and the languages whose
/// [language_letters] list its letter (lowercased: "É" counts as the "é" of French, Spanish, Italian, Portuguese).
struct ByteReadings {
    enum Kind : std::uint8_t { other, lower, upper, bad, joiner };
    std::string name;
    std::array<Kind, 256> kind{};
    std::array<std::uint32_t, 256> languages{};
};

/// The letters of one code point that each language's [language_letters] lists ("ä", "ł"), lowercase.
std::vector<std::pair<char32_t, std::uint32_t>> language_letter_points() {
    std::vector<std::pair<char32_t, std::uint32_t>> points;
    const auto& langs = languages();
    for (std::size_t k = 0; k < langs.size() && k < 32; ++k)
        for (const std::string_view e : langs[k]->list("language_letters")) {
            utf8proc_int32_t cp = 0;
            const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(e.data()),
                                              static_cast<utf8proc_ssize_t>(e.size()), &cp);
            if (len <= 1 || static_cast<std::size_t>(len) != e.size())
                continue; // (ASCII letters and sequences of letters: no byte from 0x80 is read as them)
            const auto lower = static_cast<char32_t>(utf8proc_tolower(cp));
            auto it = std::find_if(points.begin(), points.end(), [&](const auto& p) { return p.first == lower; });
            if (it == points.end())
                points.emplace_back(lower, std::uint32_t{1} << k);
            else
                it->second |= std::uint32_t{1} << k;
        }
    return points;
}

// The signs that stand between two letters in text of a right charset: apostrophes ("l’école", "l‘école"), the
// Catalan middle dot ("col·legi"), the soft hyphen, the hyphens and the dashes ("words—without spaces").
constexpr char32_t word_joiners[] = {U'\u2019', U'\u2018', U'\u00B7', U'\u00AD', U'\u2010',
                                     U'\u2011', U'\u2013', U'\u2014'};

std::optional<ByteReadings> byte_readings(std::string_view name,
                                          const std::vector<std::pair<char32_t, std::uint32_t>>& letters) {
    auto table = single_byte_table(std::string(name));
    if (!table)
        return std::nullopt;
    ByteReadings r;
    r.name = std::string(name);
    for (std::size_t b = 0; b < 256; ++b) {
        const char32_t cp = (*table)[b];
        if (cp == invalid_cp || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            r.kind[b] = b < 0x80 ? ByteReadings::other : ByteReadings::bad; // (an undefined byte or a C1 control)
            continue;
        }
        const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (category == UTF8PROC_CATEGORY_LL)
            r.kind[b] = ByteReadings::lower;
        else if (category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT)
            r.kind[b] = ByteReadings::upper;
        else if (std::find(std::begin(word_joiners), std::end(word_joiners), cp) != std::end(word_joiners))
            r.kind[b] = ByteReadings::joiner;
        else
            r.kind[b] = ByteReadings::other;
        const auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
        for (const auto& [letter, mask] : letters)
            if (letter == lower)
                r.languages[b] = mask;
    }
    return r;
}

/// The readings of every Latin charset latin_candidates() and latin_named_only() name, made once a process.
const std::vector<ByteReadings>& latin_readings() {
    static const std::vector<ByteReadings> all = [] {
        std::vector<ByteReadings> v;
        const auto letters = language_letter_points();
        for (const std::span<const std::string_view> list : {std::span<const std::string_view>(latin_candidates),
                                                               std::span<const std::string_view>(latin_named_only)})
            for (const std::string_view name : list)
                if (auto r = byte_readings(name, letters))
                    v.push_back(std::move(*r));
        return v;
    }();
    return all;
}

/// How well the bytes from 0x80 of `raw` read in one charset: points for the letters of the page's language (of the
/// languages its stopwords tell, `page`, a bit each: the one of [language_letters] whose letters they are most often;
/// a letter it does not list, "ĺ" or an English page's "í", a point off), the letters, and the signs of a wrong
/// charset, counted as `marks`: an undefined byte or a control, a capital after a small letter ("aprŹs"), a sign
/// between two letters ("pr‚sente"; "’" and "·" are at home there: "l’école").
struct LatinReading {
    long points = 0;
    long letters = 0;
    long marks = 0;
};

/// The languages `raw` may be in, by the stopwords of its ASCII words (each byte from 0x80 taken for a letter no
/// stopword holds): those with half the stopwords of the best at least, or all when there are fewer than three.
std::uint32_t page_languages(std::string_view raw) {
    std::string ascii(raw);
    for (char& c : ascii)
        if (static_cast<unsigned char>(c) >= 0x80)
            c = 'x';
    const StopwordCounts counts = count_stopwords(ascii);
    const int best = counts.hits.empty() ? 0 : *std::max_element(counts.hits.begin(), counts.hits.end());
    if (best < 3)
        return ~std::uint32_t{0};
    std::uint32_t mask = 0;
    for (std::size_t k = 0; k < counts.hits.size() && k < 32; ++k)
        if (2 * counts.hits[k] >= best)
            mask |= std::uint32_t{1} << k;
    return mask;
}

LatinReading latin_reading(std::string_view raw, const ByteReadings& r, std::uint32_t page) {
    auto letter = [&](std::size_t i) {
        const unsigned char b = byte_at(raw, i);
        if (b < 0x80)
            return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
        return r.kind[b] == ByteReadings::lower || r.kind[b] == ByteReadings::upper;
    };
    auto small = [&](std::size_t i) {
        const unsigned char b = byte_at(raw, i);
        return b < 0x80 ? b >= 'a' && b <= 'z' : r.kind[b] == ByteReadings::lower;
    };
    std::array<long, 32> hits{};
    LatinReading reading;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const unsigned char b = byte_at(raw, i);
        if (b < 0x80)
            continue;
        switch (r.kind[b]) {
        case ByteReadings::bad:
            ++reading.marks;
            break;
        case ByteReadings::upper:
        case ByteReadings::lower:
            ++reading.letters;
            for (std::uint32_t m = r.languages[b]; m != 0; m &= m - 1)
                ++hits[static_cast<std::size_t>(std::countr_zero(m))];
            reading.marks += r.kind[b] == ByteReadings::upper && i > 0 && small(i - 1);
            break;
        case ByteReadings::other:
            reading.marks += i > 0 && i + 1 < raw.size() && letter(i - 1) && letter(i + 1);
            break;
        case ByteReadings::joiner:
            break;
        }
    }
    long most = 0;
    for (std::uint32_t m = page; m != 0; m &= m - 1)
        most = std::max(most, hits[static_cast<std::size_t>(std::countr_zero(m))]);
    reading.points = 2 * most - reading.letters;
    return reading;
}

/// Whether reading `r` is better than `base`, uchardet's: fewer signs of a wrong charset and more points, or as few
/// signs and the letters of one language where `base` reads as many letters of several ("N\x8Bo" is "Não" in Mac
/// Roman, "Nčo" in Mac Central European), by a quarter of the letters at least and two. A reading that makes letters
/// of the signs `base` reads ("wasn\x92t": "wasn’t", in Mac Roman "wasnít") wins only by fewer signs.
bool better_reading(const LatinReading& r, const LatinReading& base) {
    if (r.marks < base.marks && r.points > base.points)
        return true;
    const long gain = r.points - base.points;
    return r.marks <= base.marks && r.letters <= base.letters && gain >= 2 && 4 * gain >= base.letters;
}

/// The charset whose reading of `raw` beats that of `named` (uchardet's, corrected; see better_reading()), or `named`.
std::string better_latin_reading(std::string_view raw, std::string named) {
    const auto& all = latin_readings();
    auto it = std::find_if(all.begin(), all.end(), [&](const ByteReadings& r) { return r.name == named; });
    if (it == all.end())
        return named;
    const std::uint32_t page = page_languages(raw);
    const LatinReading base = latin_reading(raw, *it, page);
    const ByteReadings* best = nullptr;
    LatinReading best_reading = base;
    for (const ByteReadings& r : all) {
        if (&r == &*it ||
            std::find(std::begin(latin_candidates), std::end(latin_candidates), r.name) == std::end(latin_candidates))
            continue;
        const LatinReading reading = latin_reading(raw, r, page);
        if (better_reading(reading, base) && (!best || reading.points > best_reading.points)) {
            best = &r;
            best_reading = reading;
        }
    }
    return best ? best->name : named;
}

bool reads_as_windows_1252(std::string_view raw, std::string_view name); // below

/// The legacy charset of bytes that are not UTF-8, lowercased: uchardet's guess, corrected where it is weak.
std::string detect_charset(std::string_view raw, const ByteScan& scan) {
    std::string name;
    constexpr std::size_t sample_limit = std::size_t{1} << 20; // uchardet takes ~100 ns a byte
    if (uchardet_t ud = uchardet_new()) {
        std::string_view sample = raw.substr(0, std::min(raw.size(), sample_limit));
        uchardet_handle_data(ud, sample.data(), sample.size());
        uchardet_data_end(ud);
        if (const char* found = uchardet_get_charset(ud))
            name = lowercase(found);
        uchardet_delete(ud);
    }
    const std::string_view sample = raw.substr(0, std::min(raw.size(), sample_limit));
    if (name.empty() || name == "ascii")
        return better_latin_reading(sample, "windows-1252"); // the web's default for unlabelled 8-bit pages
    // A Latin page with a few accented letters is sometimes taken for Cyrillic or Greek.
    if (non_latin_charset(name) && scan.high_bytes > 0 && ascii_letters(raw) >= 4 * scan.high_bytes)
        return better_latin_reading(sample, "windows-1252");
    if (name == "iso-8859-1") {
        if (scan.has_c1_bytes)
            name = "windows-1252"; // its 0x80..0x9F are curly quotes and dashes, not C1 controls
        else if (latin9_evidence(raw))
            name = "iso-8859-15";
    }
    name = better_latin_reading(sample, std::move(name));
    return reads_as_windows_1252(sample, name) ? "windows-1252" : name;
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

/// What each byte reads as in `charset`, the converter flushed after each byte (windows-1258 holds a letter back
/// for a combining mark that may follow it); invalid_cp where it reads as nothing.
std::array<char32_t, 256> flushed_byte_table(const char* charset) {
    std::array<char32_t, 256> table;
    table.fill(invalid_cp);
    iconv_t cd = iconv_open("UTF-32LE", charset);
    if (cd == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)))
        return table;
    for (std::size_t b = 0x80; b < 256; ++b) {
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        char in_byte = static_cast<char>(b);
        char out_buf[16];
        char* in = &in_byte;
        char* out = out_buf;
        std::size_t in_left = 1, out_left = sizeof out_buf;
        if (iconv(cd, &in, &in_left, &out, &out_left) == static_cast<std::size_t>(-1) ||
            iconv(cd, nullptr, nullptr, &out, &out_left) == static_cast<std::size_t>(-1))
            continue;
        if (sizeof out_buf - out_left == 4)
            table[b] = read_utf32le(out_buf);
    }
    iconv_close(cd);
    return table;
}

/// Windows' Turkish and Vietnamese charsets are windows-1252 but for a few letters (and share its punctuation at
/// 0x80..0x9F), so uchardet may name them for a page that has none of their own letters: "He said \x93no\x94" reads
/// the same in all three. Such a page is labelled windows-1252; the variant only when a byte reads otherwise in it.
bool reads_as_windows_1252(std::string_view raw, std::string_view name) {
    static constexpr std::string_view variants[] = {"windows-1254", "windows-1258"};
    const auto* at = std::find(std::begin(variants), std::end(variants), name);
    if (at == std::end(variants))
        return false;
    static const std::array<std::array<char32_t, 256>, 3> tables = {
        flushed_byte_table("WINDOWS-1252"), flushed_byte_table("WINDOWS-1254"), flushed_byte_table("WINDOWS-1258")};
    const auto& own = tables[1 + static_cast<std::size_t>(at - std::begin(variants))];
    for (char ch : raw) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && (own[b] != tables[0][b] || own[b] == invalid_cp))
            return false;
    }
    return true;
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
