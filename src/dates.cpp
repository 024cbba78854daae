#include "dates.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <bitset>
#include <span>
#include <vector>

namespace archive {

namespace {

enum class TokKind { number, word, punct };

struct Tok {
    TokKind kind;
    std::string_view text; // lower-case: a word in the buffer tokenize() was given, a number or a mark in the line
    std::size_t begin, end;
    bool used = false;
};

// The end of the run of letters from byte i on.
std::size_t letters_end(std::string_view line, std::size_t i) {
    while (i < line.size()) {
        std::size_t k = i;
        if (!text::is_letter(text::next_cp(line, k)))
            break;
        i = k;
    }
    return i;
}

// The tokens of a line, into `toks` (emptied first). Its words are lower-cased one after the other into `lowered`,
// which the tokens' views point into (a string of its own for every token cost an allocation for every long word).
void tokenize(std::string_view line, std::string& lowered, std::vector<Tok>& toks) {
    toks.clear();
    toks.reserve(line.size() / 4 + 1);
    // Each word writes at most three bytes a byte of its own and needs eight bytes of room past them (lower_into()):
    // the words of the line fit, and the buffer is not moved once the views are taken.
    lowered.assign(3 * line.size() + 8, '\0');
    std::size_t used = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t start = i;
        char32_t cp = text::next_cp(line, i);
        if (text::is_space(cp))
            continue;
        if (text::is_digit(cp)) {
            while (i < line.size() && line[i] >= '0' && line[i] <= '9')
                ++i;
            // "1. November 20241. November 2024": a year glued to the day of a second date (published and
            // updated printed without a space between them); "4 de mayo de 202200:00 hs": to the hour of its time.
            const std::size_t year_len = 4;
            std::size_t len = i - start;
            const bool glued_time = i + 1 < line.size() && line[i] == ':' && line[i + 1] >= '0' && line[i + 1] <= '9';
            if ((len == year_len + 1 || len == year_len + 2) && i < line.size() && (line[i] == '.' || glued_time) &&
                (line.compare(start, 2, "19") == 0 || line.compare(start, 2, "20") == 0)) {
                toks.push_back({TokKind::number, line.substr(start, year_len), start, start + year_len});
                start += year_len;
            }
            toks.push_back({TokKind::number, line.substr(start, i - start), start, i});
        } else if (text::is_letter(cp)) {
            // A word of ASCII letters (most words) is lower-cased as it is read: an ASCII letter lower-cases by
            // setting its 0x20 bit. A word that goes on with another character is read and lower-cased again below.
            if (cp < 0x80) {
                char* out = lowered.data() + used;
                std::size_t len = 0;
                out[len++] = static_cast<char>(cp | 0x20);
                while (i < line.size() && ((line[i] | 0x20) >= 'a' && (line[i] | 0x20) <= 'z'))
                    out[len++] = static_cast<char>(line[i++] | 0x20);
                if (i == line.size() || static_cast<unsigned char>(line[i]) < 0x80) {
                    toks.push_back({TokKind::word, std::string_view(out, len), start, i});
                    used += len;
                    continue;
                }
            }
            i = letters_end(line, i);
            const std::size_t len = text::lower_into(line.substr(start, i - start), lowered.data() + used);
            toks.push_back({TokKind::word, std::string_view(lowered.data() + used, len), start, i});
            used += len;
        } else {
            toks.push_back({TokKind::punct, line.substr(start, i - start), start, i});
        }
    }
}

int month_of(std::string_view word, std::string_view language) {
    // Most words are no month: the languages' sketches of their month names, merged once, say so before any
    // look-up.
    static const WordSketch any_month = [] {
        WordSketch merged;
        for (const Lexicon* lex : languages())
            for (std::size_t k = 0; k < merged.bits.size(); ++k)
                merged.bits[k] |= lex->month_sketch.bits[k];
        return merged;
    }();
    if (!any_month.may_have(word))
        return 0;
    // Every language's month names in one table, merged once: a word that passes the sketch and names no month (the
    // sketch is half full with so many languages) is settled by one look-up, not by one in each language. A name
    // that all the languages naming it give the same month is settled there too; only a name the languages disagree
    // on is sought in the page's language first.
    struct AnyMonth {
        int month;
        bool agreed;
    };
    static const StringMap<AnyMonth> month_names = [] {
        StringMap<AnyMonth> merged;
        for (const Lexicon* lex : languages())
            for (const auto& [name, month] : lex->months)
                if (auto [at, fresh] = merged.try_emplace(name, AnyMonth{month, true}); !fresh && at->second.month != month)
                    at->second.agreed = false;
        return merged;
    }();
    const auto named = month_names.find(word);
    if (named == month_names.end())
        return 0;
    if (named->second.agreed)
        return named->second.month;
    if (const Lexicon* lex = lexicon(language)) {
        auto it = lex->months.find(word);
        if (it != lex->months.end())
            return it->second;
    }
    for (const Lexicon* lex : languages()) {
        auto it = lex->months.find(word);
        if (it != lex->months.end())
            return it->second;
    }
    return 0;
}

// The value of a number token of ASCII digits; -1 for any other (too long, or opening with a digit from U+0080).
int num(const Tok& t) {
    if (t.text.size() > 6)
        return -1;
    int value = 0;
    for (char c : t.text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Whether token i is a number of min_len to max_len bytes, of ASCII digits. A digit from U+0080 ("٢", "𝟐", "２")
// opens a token of its own bytes, which would pass for a day or, at four bytes, for a year: such a token is no
// number of a date (std::stoi threw on one and the page failed).
bool is_num(const std::vector<Tok>& t, std::size_t i, std::size_t min_len = 1, std::size_t max_len = 2) {
    return i < t.size() && t[i].kind == TokKind::number && t[i].text.size() >= min_len &&
           t[i].text.size() <= max_len && static_cast<unsigned char>(t[i].text.front()) < 0x80;
}

bool is_punct(const std::vector<Tok>& t, std::size_t i, std::string_view p) {
    return i < t.size() && t[i].kind == TokKind::punct && t[i].text == p;
}

bool is_word(const std::vector<Tok>& t, std::size_t i, std::string_view w) {
    return i < t.size() && t[i].kind == TokKind::word && t[i].text == w;
}

// "March 3rd, 2020", "le 1er juin 2021": the day's number at token i goes on with an ordinal's ending, glued to it.
bool day_ordinal(const std::vector<Tok>& t, std::size_t i) {
    return i + 1 < t.size() && t[i + 1].kind == TokKind::word && t[i + 1].begin == t[i].end &&
           any_language_has("day_ordinals", t[i + 1].text);
}

bool valid_date(int y, int m, int d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1)
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] && !(m == 2 && d == 29 && !leap);
}

struct Found {
    std::string iso;
    std::size_t first, last; // token range used, inclusive
};

// Reads a time right after token `i` ("à 14h32", "14:05", "ore 10:15", "6:00 PM", "um 14.05 Uhr").
bool read_time(std::vector<Tok>& t, std::size_t i, int& hh, int& mm, std::size_t& last) {
    std::size_t k = i;
    for (int skip = 0; skip < 3 && k < t.size(); ++skip) {
        if (t[k].kind == TokKind::number)
            break;
        bool filler = t[k].kind == TokKind::punct || t[k].text == "à" || t[k].text == "a" || t[k].text == "um" ||
                      t[k].text == "at" || t[k].text == "ore" || t[k].text == "alle" || t[k].text == "las" ||
                      t[k].text == "às" || t[k].text == "h" || t[k].text == "o";
        if (!filler)
            return false;
        ++k;
    }
    if (!is_num(t, k))
        return false;
    int h = num(t[k]), m = 0;
    std::size_t end = k;
    if ((is_punct(t, k + 1, ":") || is_word(t, k + 1, "h")) && is_num(t, k + 2, 2, 2)) {
        m = num(t[k + 2]);
        end = k + 2;
    } else if (is_punct(t, k + 1, ".") && is_num(t, k + 2, 2, 2) && is_word(t, k + 3, "uhr")) {
        m = num(t[k + 2]);
        end = k + 3;
    } else if (is_word(t, k + 1, "h") || is_word(t, k + 1, "uhr")) {
        end = k + 1;
    } else {
        return false;
    }
    if (is_word(t, end + 1, "pm") || is_word(t, end + 1, "am")) {
        if (t[end + 1].text == "pm" && h < 12)
            h += 12;
        if (t[end + 1].text == "am" && h == 12)
            h = 0;
        ++end;
    } else if (is_word(t, end + 1, "p") || is_word(t, end + 1, "a")) { // "6:00 p.m."
        if (is_punct(t, end + 2, ".") && is_word(t, end + 3, "m")) {
            if (t[end + 1].text == "p" && h < 12)
                h += 12;
            end += 3;
            if (is_punct(t, end + 1, "."))
                ++end;
        }
    }
    if (h > 23 || m > 59)
        return false;
    hh = h;
    mm = m;
    last = end;
    return true;
}

// "19.10.19", "30/10/23" at token i: day, month and a year of two digits, joined by the same dot or slash, the
// date standing alone: no dot and number before or after it, as a version ("1.2.3.4") or a score would have.
bool short_numeric_date(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i) || !(is_punct(t, i + 1, ".") || is_punct(t, i + 1, "/")) || !is_num(t, i + 2) ||
        !is_punct(t, i + 3, t[i + 1].text) || !is_num(t, i + 4, 2, 2))
        return false;
    const bool joined_before = i >= 1 && t[i - 1].kind == TokKind::punct && t[i - 1].end == t[i].begin &&
                               (t[i - 1].text == "." || t[i - 1].text == "/");
    const bool joined_after = is_punct(t, i + 5, t[i + 1].text) && is_num(t, i + 6) && t[i + 5].begin == t[i + 4].end;
    return !joined_before && !joined_after;
}

// The date ending at token `last` goes on with a time range: "[date], 10:00-11:30", "[date] 18.30 - 20.00 Uhr".
// (find_from() reads the range's first time with the date, or leaves it when a dot and "Uhr" do not close it.)
bool time_range_after(const std::vector<Tok>& t, std::size_t last) {
    const auto time_at = [&t](std::size_t k) {
        return is_num(t, k) && (is_punct(t, k + 1, ":") || is_punct(t, k + 1, ".") || is_word(t, k + 1, "h")) &&
               is_num(t, k + 2, 2, 2);
    };
    const auto range_at = [&t, &time_at](std::size_t k) {
        return (is_punct(t, k, "-") || is_punct(t, k, "–") || is_word(t, k, "bis") || is_word(t, k, "to")) &&
               time_at(k + 1);
    };
    std::size_t k = last + 1;
    if (range_at(k))
        return true;
    if (is_punct(t, k, ",") || is_punct(t, k, "|"))
        ++k;
    return time_at(k) && range_at(k + 3);
}

// The two digits of v (0 to 99) at out, as "%02d" prints them.
void put_two_digits(char* out, int v) {
    out[0] = static_cast<char>('0' + v / 10);
    out[1] = static_cast<char>('0' + v % 10);
}

// "2019-10-19" of a date valid_date() accepts (a year of four digits, a month and a day of two at most), printed by
// hand: snprintf cost more than the rest of reading the date.
std::string iso(int y, int m, int d) {
    std::string out(10, '-');
    put_two_digits(&out[0], y / 100);
    put_two_digits(&out[2], y % 100);
    put_two_digits(&out[5], m);
    put_two_digits(&out[8], d);
    return out;
}

// Finds the first date at or after token `from`, opening before token `until` (all of them by default).
// `short_years` reads a year of two digits in a date of numbers ("19.10.19", "30/10/23").
std::optional<Found> find_from(std::vector<Tok>& t, std::size_t from, std::string_view language,
                               std::size_t until = std::string_view::npos, bool short_years = false,
                               DayOrder order = DayOrder::by_language) {
    for (std::size_t i = from; i < t.size() && i < until; ++i) {
        int y = 0, m = 0, d = 0;
        std::size_t last = i;
        if (is_num(t, i, 4, 4) && (is_punct(t, i + 1, "-") || is_punct(t, i + 1, "/")) && is_num(t, i + 2) &&
            is_punct(t, i + 3, t[i + 1].text) && is_num(t, i + 4)) {
            // "2019-10-19", "2019/10/19"
            y = num(t[i]), m = num(t[i + 2]), d = num(t[i + 4]);
            last = i + 4;
        } else if (is_num(t, i) && (is_punct(t, i + 1, ".") || is_punct(t, i + 1, "/") || is_punct(t, i + 1, "-")) &&
                   is_num(t, i + 2) && is_punct(t, i + 3, t[i + 1].text) &&
                   (is_num(t, i + 4, 4, 4) || (short_years && short_numeric_date(t, i)))) {
            // "04.05.2015", "19/10/2019"; US order in English when it is the only valid reading
            int a = num(t[i]), b = num(t[i + 2]);
            y = num(t[i + 4]);
            const bool short_year = t[i + 4].text.size() == 2;
            if (short_year)
                y += 2000;
            const bool month_first = order == DayOrder::month_first ||
                                     (order == DayOrder::by_language && language == "en" &&
                                      (t[i + 1].text == "/" || short_year));
            if (month_first && a <= 12) {
                m = a, d = b;
            } else {
                d = a, m = b;
            }
            if (m > 12 && d <= 12)
                std::swap(m, d);
            last = i + 4;
        } else if (is_num(t, i) && t[i].text.size() <= 2) {
            // "25 octobre 2016", "5. März 2024", "5 de mayo de 2024", "12 marzo 2024"
            std::size_t k = i + 1;
            if (is_punct(t, k, ".") || day_ordinal(t, i))
                ++k;
            if (is_word(t, k, "de"))
                ++k;
            // "31 Donnerstag Okt 2019", "31 Thursday Oct 2019": a blog's calendar leaf, the weekday under the day.
            static const LexiconSection& weekday_names = any_language_section("weekdays"); // (merged once)
            if (k == i + 1 && k + 1 < t.size() && t[k].kind == TokKind::word && weekday_names.has(t[k].text) &&
                t[k + 1].kind == TokKind::word && month_of(t[k + 1].text, language) != 0)
                ++k;
            if (k < t.size() && t[k].kind == TokKind::word && (m = month_of(t[k].text, language)) != 0) {
                ++k;
                if (is_punct(t, k, "."))
                    ++k;
                // "5 de mayo de 2024", "7 de mayo del 2022"
                if (is_word(t, k, "de") || is_word(t, k, "del") || is_punct(t, k, ","))
                    ++k;
                if (is_num(t, k, 4, 4)) {
                    d = num(t[i]);
                    y = num(t[k]);
                    last = k;
                }
            }
        } else if (t[i].kind == TokKind::word && (m = month_of(t[i].text, language)) != 0) {
            // "October 19, 2019", "Oct. 19, 2019"
            std::size_t k = i + 1;
            if (is_punct(t, k, "."))
                ++k;
            if (is_num(t, k)) {
                std::size_t dk = k++;
                if (day_ordinal(t, dk))
                    ++k;
                if (is_punct(t, k, ","))
                    ++k;
                if (is_num(t, k, 4, 4)) {
                    d = num(t[dk]);
                    y = num(t[k]);
                    last = k;
                }
            }
        }
        if (!valid_date(y, m, d))
            continue;
        std::string out = iso(y, m, d);
        int hh = 0, mm = 0;
        std::size_t tlast = last;
        if (read_time(t, last + 1, hh, mm, tlast)) {
            // "T09:15" (read_time() keeps an hour to 23 and a minute to 59)
            char time[6] = {'T', '0', '0', ':', '0', '0'};
            put_two_digits(time + 1, hh);
            put_two_digits(time + 4, mm);
            out.append(time, sizeof time);
            last = tlast;
        }
        return Found{out, i, last};
    }
    return std::nullopt;
}

bool contains_phrase(std::span<const Tok> t, std::size_t at, const std::vector<std::string>& words, std::size_t& end) {
    std::size_t k = at;
    for (auto w : words) {
        if (k >= t.size() || t[k].kind != TokKind::word || t[k].text != w)
            return false;
        ++k;
    }
    end = k;
    return !words.empty();
}

// Marks label phrases ("mis à jour le", "updated") found at token i; returns the phrase length or 0.
std::size_t label_at(const std::vector<Tok>& t, std::size_t i, const LexiconSection& section) {
    if (t[i].kind != TokKind::word)
        return 0;
    std::size_t best = 0;
    for (const auto& phrase : section.phrases_from(t[i].text)) {
        std::size_t end = 0;
        if (contains_phrase(t, i, phrase.words, end) && end - i > best)
            best = end - i;
    }
    return best;
}

bool has_relative_marker(std::span<const Tok> t) {
    // "ago", "il y a", "vor", "hace", "fa", "geleden"
    static const LexiconSection& markers = any_language_section("relative_date"); // (merged once)
    // The markers' first bytes: a word opening with none of them opens no marker, and is not looked up.
    static const std::bitset<257> fronts = first_bytes(markers.entries);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokKind::word || !(fronts.test(256) || fronts.test(static_cast<unsigned char>(t[i].text[0]))))
            continue;
        for (const auto& phrase : markers.phrases_from(t[i].text)) {
            std::size_t end = 0;
            if (contains_phrase(t, i, phrase.words, end))
                return true;
        }
    }
    return false;
}

// Marks the words of the relative date markers ("il y a", "vor", "ago") as used.
void mark_relative_markers(std::vector<Tok>& t) {
    static const LexiconSection& markers = any_language_section("relative_date");
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokKind::word)
            continue;
        for (const auto& phrase : markers.phrases_from(t[i].text)) {
            std::size_t end = 0;
            if (contains_phrase(t, i, phrase.words, end))
                for (std::size_t k = i; k < end; ++k)
                    t[k].used = true;
        }
    }
}

bool is_relative(std::span<const Tok> t, std::string_view language) {
    if (!has_relative_marker(t))
        return false;
    const auto& units = common_lexicon().list("time_units");
    const auto is_unit = [&units](const Tok& tok) {
        return tok.kind == TokKind::word && std::find(units.begin(), units.end(), tok.text) != units.end();
    };
    // "2 hours ago", "an hour ago", "vor einer Stunde", "il y a une heure", "hace un día", "un'ora fa": a number,
    // in digits or a word (the lexicon's relative_number_words), then a unit of time (after an elided article's
    // apostrophe too).
    static const LexiconSection& number_words = any_language_section("relative_number_words");
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].kind != TokKind::number && !(t[i].kind == TokKind::word && number_words.has(t[i].text)))
            continue;
        if (is_unit(t[i + 1]) ||
            (i + 2 < t.size() && (t[i + 1].text == "'" || t[i + 1].text == "\u2019") && is_unit(t[i + 2])))
            return true;
    }
    // "yesterday", "gestern", "ayer", "ieri" (the lexicon's relative_day_words), "3 weeks ago"; the French "hier"
    // is also German for "here": only on a short line. A word alone on its line ("Hier", a German page's link) is a
    // day only in the page's language (in any, when the page's is not known).
    static const LexiconSection& day_words = any_language_section("relative_day_words");
    const auto words = std::count_if(t.begin(), t.end(), [](const Tok& tok) { return tok.kind == TokKind::word; });
    for (const auto& tok : t)
        if (tok.text == "ago" || day_words.has(tok.text)) {
            if (words == 1 && tok.text != "ago") {
                const Lexicon* own = lexicon(language);
                return own == nullptr || own->has("relative_day_words", tok.text);
            }
            return tok.text != "hier" || t.size() <= 4;
        }
    return false;
}

} // namespace

std::optional<std::string> find_date(std::string_view line, std::string_view language) {
    std::string lowered;
    std::vector<Tok> toks;
    tokenize(line, lowered, toks);
    auto f = find_from(toks, 0, language);
    if (!f)
        return std::nullopt;
    return f->iso;
}

namespace {

// The first token of tokenize(line) can open a date or the weekday before one: a number, a weekday, a month.
// (Most titles open with another word: settled without tokenizing the line.)
bool may_lead_with_date(std::string_view line, std::string_view language) {
    std::size_t start = 0, after = 0; // the first code point that is no space, and the byte after it
    char32_t first = ' ';
    while (after < line.size() && text::is_space(first)) {
        start = after;
        first = text::next_cp(line, after);
    }
    if (text::is_space(first) || !(text::is_digit(first) || text::is_letter(first)))
        return false;
    if (text::is_digit(first))
        return true;
    std::string word = text::lower(line.substr(start, letters_end(line, after) - start));
    return any_language_has("weekdays", word) || month_of(word, language) != 0;
}

} // namespace

std::optional<LeadingDate> leading_date(std::string_view line, std::string_view language) {
    if (line.empty() || !text::has_ascii_digit(line) || !may_lead_with_date(line, language))
        return std::nullopt;
    std::string lowered;
    std::vector<Tok> t;
    tokenize(line, lowered, t);
    std::size_t first = 0;
    // "Friday, March 4, 2022": a weekday may name the date first.
    if (!t.empty() && t[0].kind == TokKind::word && any_language_has("weekdays", t[0].text))
        first = is_punct(t, 1, ",") ? 2 : 1;
    auto f = find_from(t, first, language, first + 1); // (a date further on is no leading one)
    if (!f || f->first != first)
        return std::nullopt;
    std::size_t end = f->last + 1;
    return LeadingDate{f->iso, end < t.size() ? t[end].begin : line.size()};
}

namespace {

// Whether a line without a digit may be a relative date in words: at most eight words and 80 bytes, and no stop
// closing it (a sentence).
bool may_be_wordy_relative(std::string_view line) {
    const std::size_t most_bytes = 80, most_words = 8;
    if (line.size() > most_bytes)
        return false;
    std::size_t end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        --end;
    if (end == 0 || line[end - 1] == '.' || line[end - 1] == '!' || line[end - 1] == '?')
        return false;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < end; ++i) {
        const bool space = line[i] == ' ' || line[i] == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words <= most_words;
}

} // namespace

bool names_relative_time(text::Words lower_words) {
    // A relative date in words ends with its unit, its marker or its day: "vor einer Stunde", "an hour ago", "il y a
    // une heure", "hace un día", "un'ora fa", "Publié hier" (only the last word is looked up: most short lines are
    // no date).
    if (lower_words.empty())
        return false;
    static const LexiconSection* time_units = common_lexicon().section("time_units");
    static const LexiconSection& day_words = any_language_section("relative_day_words");
    static const LexiconSection& markers = any_language_section("relative_date");
    std::string_view w = lower_words.back();
    return (time_units != nullptr && time_units->has(w)) || day_words.has(w) || markers.has(w);
}

DateLine read_dates(std::string_view line, std::string_view language, DayOrder order) {
    DateLine out;
    // Every absolute date has a digit, and so do most relative dates ("2 hours ago"): most lines are settled here.
    // A relative date in words ("vor einer Stunde", "an hour ago", "il y a une heure", "ayer") is a short line that
    // no stop closes ("Vor einer Stunde begann der Regen." is a sentence): only such a line is read further.
    const bool wordy = !text::has_ascii_digit(line);
    if (wordy && !may_be_wordy_relative(line))
        return out;
    // (The buffers are kept from line to line: most lines read here hold no date and are dropped at once, and
    // allocating the buffers for each cost a good share of reading it.)
    thread_local std::string lowered;
    thread_local std::vector<Tok> t;
    tokenize(line, lowered, t);
    // Every date find_from() reads has a year of four digits: a line without one is settled without a search.
    bool year = std::any_of(t.begin(), t.end(), [](const Tok& tok) {
        return tok.kind == TokKind::number && tok.text.size() == 4;
    });
    // "06.11.23 - 14:00", "Von: Jane Roe | 31.10.23": a date of numbers with a year of two digits.
    bool short_years = false;
    // (Such a date opens with a number: the other tokens are passed over here, not asked in a call each.)
    for (std::size_t i = 0; i + 4 < t.size() && !short_years; ++i)
        short_years = t[i].kind == TokKind::number && short_numeric_date(t, i);
    year = year || short_years;
    // Nor a year nor a relative date's marker: the line holds no date, settled before its labels are read.
    if (!year && !has_relative_marker(t))
        return out;
    // (The sections are built once and never change: looked up once, not for every token.)
    static const LexiconSection& updated_labels = any_language_section("updated");
    static const LexiconSection& published_labels = any_language_section("published");
    // The labels' first bytes: a token opening with none of them opens no label, and is not looked up.
    static const std::bitset<257> label_fronts = first_bytes(updated_labels.entries) |
                                                 first_bytes(published_labels.entries) |
                                                 first_bytes(any_language_section("event_date_labels").entries);
    // The labels' first words in one sketch (those LexiconSection::phrases_from() looks up): a word whose bit is clear
    // opens no label of the three sections, and is not looked up in each of them.
    static const WordSketch label_firsts = [] {
        WordSketch merged;
        for (const char* name : {"updated", "published", "event_date_labels"})
            for (const auto& phrase : any_language_section(name).phrases())
                if (!phrase.empty())
                    merged.add(phrase.front());
        return merged;
    }();
    std::size_t update_at = t.size();
    std::size_t published_at = t.size();
    // "Release: 10.11.2023", "Termin: 12.03.2024", "Deadline: May 3, 2024": a label naming another day than the
    // page's (the lexicon's event_date_labels); where the last one ends, the token after it.
    static const LexiconSection& event_labels = any_language_section("event_date_labels");
    std::size_t event_end = t.size();
    bool event_date = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokKind::word ||
            !(label_fronts.test(256) || label_fronts.test(static_cast<unsigned char>(t[i].text[0]))) ||
            !label_firsts.may_have(t[i].text))
            continue;
        if (std::size_t n = label_at(t, i, updated_labels)) {
            if (update_at == t.size())
                update_at = i;
            for (std::size_t k = i; k < i + n; ++k)
                t[k].used = true;
            i += n - 1;
        } else if (std::size_t e = label_at(t, i, event_labels)) {
            for (std::size_t k = i; k < i + e; ++k)
                t[k].used = true;
            event_end = i + e;
            i += e - 1;
        } else if (std::size_t p = label_at(t, i, published_labels)) {
            if (published_at == t.size())
                published_at = i;
            for (std::size_t k = i; k < i + p; ++k)
                t[k].used = true;
            i += p - 1;
        }
    }
    std::size_t from = 0;
    while (auto f = year ? find_from(t, from, language, std::string_view::npos, short_years, order) : std::nullopt) {
        for (std::size_t k = f->first; k <= f->last; ++k)
            t[k].used = true;
        from = f->last + 1;
        // "19.1.23, 10:00-11:30 Uhr", "March 4, 2025, 6:00 - 8:00 PM": a time range is an event's, a seminar's or a
        // match's, and the date before it is not the day the page was published.
        // "28.01.2022 – 29.01.2022": a range of days is an event's too, both its dates set aside.
        if (is_punct(t, f->last + 1, "-") || is_punct(t, f->last + 1, "–")) {
            auto to = find_from(t, f->last + 2, language, f->last + 3, short_years, order);
            if (to) {
                for (std::size_t k = to->first; k <= to->last; ++k)
                    t[k].used = true;
                from = to->last + 1;
                continue;
            }
        }
        if (time_range_after(t, f->last))
            continue;
        // (The line stays a date line, as it was: only its date is no longer the page's.)
        if (event_end < t.size() && (f->first == event_end || (f->first == event_end + 1 && is_punct(t, event_end, ":")))) {
            event_date = true;
            continue;
        }
        bool is_update = f->first > update_at;
        auto& slot = is_update ? out.updated : out.published;
        if (!slot) {
            slot = f->iso;
            if (!is_update)
                out.published_labelled = f->first > published_at;
        }
    }
    // Relative dates are not resolved (we do not know when the page was saved).
    if (wordy)
        mark_relative_markers(t);
    std::span<const Tok> before(t.data(), update_at);
    std::span<const Tok> after(t.data() + update_at, t.size() - update_at);
    if (!out.published && is_relative(before, language))
        out.relative = true;
    if (!out.updated && update_at < t.size() && is_relative(after, language))
        out.relative = true;

    // What is left once dates, labels, weekdays, fillers and punctuation are set aside.
    // (The sections are built once and never change: looked up once, not for every token.)
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    static const LexiconSection& weekdays = any_language_section("weekdays");
    static const LexiconSection& relative = any_language_section("relative_date");
    static const LexiconSection* time_units = common_lexicon().section("time_units");
    static const LexiconSection& number_words = any_language_section("relative_number_words");
    int rest_words = 0;
    bool any = out.published || out.updated || out.relative || event_date;
    std::size_t rest_begin = std::string_view::npos;
    for (const auto& tok : t) {
        if (tok.used || tok.kind == TokKind::punct || tok.kind == TokKind::number)
            continue;
        bool skip = fillers != nullptr && fillers->has(tok.text);
        skip = skip || weekdays.has(tok.text) || relative.has(tok.text);
        skip = skip || (time_units != nullptr && time_units->has(tok.text)) || (wordy && number_words.has(tok.text));
        if (skip)
            continue;
        ++rest_words;
        if (rest_begin == std::string_view::npos)
            rest_begin = tok.begin;
        if (!any)
            break; // (the count only matters to a line with a date: `rest` starts here)
    }
    // A relative date in words is a date line only when nothing else stands on it ("Publiziert vor einer Stunde",
    // "Updated yesterday"): "vor einer Stunde begann der Regen", "Der Hafen gestern und heute" say something else.
    if (wordy && rest_words > 0)
        out.relative = any = false;
    out.is_date_line = any && rest_words <= 4;
    // (Only a date line's rest is read by anyone: another line's is not copied.)
    if (rest_begin != std::string_view::npos && out.is_date_line)
        out.rest = text::collapse(line.substr(rest_begin));
    return out;
}

} // namespace archive
