// Reading dates from a line's tokens: tokenize() and find_from() (see dates_parts.hpp).
#include "dates_parts.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <charconv>

namespace archive::dating {

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

namespace {

// Whether the number opening at byte `start` closes a date of numbers: the tokens before it are a day, a month and
// the same separator after each ("03/05/", "21.09."), the last one glued to it.
bool closes_numeric_date(const std::vector<Tok>& toks, std::size_t start) {
    const std::size_t n = toks.size();
    if (n < 4)
        return false;
    const Tok& sep = toks[n - 1];
    const auto short_number = [](const Tok& t) { return t.kind == TokKind::number && t.text.size() <= 2; };
    return sep.kind == TokKind::punct && sep.end == start && (sep.text == "/" || sep.text == "." || sep.text == "-") &&
           short_number(toks[n - 2]) && toks[n - 3].kind == TokKind::punct && toks[n - 3].text == sep.text &&
           short_number(toks[n - 4]);
}

// "https://example.org/2024/05/07/harbour", "www.example.org/2024/05/07/": a web address whose first word, `word`
// (its letters, lower-cased), opens at byte `start` of the line and ends at byte `end`: its scheme before "://", or
// "www" before a dot, the word opening the line or after a space, "(" or "<". The end of the address, where white
// space closes it; `start` for any other word. Its numbers are a path's, no date of the page: the address is read as
// one word.
std::size_t web_address_end(std::string_view line, std::size_t start, std::string_view word, std::size_t end) {
    if (end >= line.size() || (line[end] != ':' && line[end] != '.'))
        return start; // (most words: settled by the byte after them)
    if (start > 0 && line[start - 1] != ' ' && line[start - 1] != '(' && line[start - 1] != '<')
        return start;
    const std::size_t most_scheme = 10;
    const std::string_view after = line.substr(end);
    const bool scheme = word.size() <= most_scheme && after.starts_with("://");
    const bool www = word == "www" && after.starts_with(".");
    if (!scheme && !www)
        return start;
    std::size_t k = end;
    while (k < line.size() && line[k] != ' ' && line[k] != '\t')
        ++k;
    return k;
}

} // namespace

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
            // "03/05/20214 Kommentare", "21/09/201820/09/2018": the year closing a date of numbers, glued to the
            // count after it or to the day of a second date, whatever follows.
            if ((len == year_len + 1 || len == year_len + 2) &&
                ((i < line.size() && (line[i] == '.' || glued_time)) || closes_numeric_date(toks, start)) &&
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
                if (const std::size_t address_end = web_address_end(line, start, std::string_view(out, len), i);
                    address_end != start) {
                    i = address_end; // (a word of its own bytes: no label, month or weekday is one)
                    toks.push_back({TokKind::word, line.substr(start, i - start), start, i});
                    continue;
                }
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

namespace {

// The value of a run of ASCII digits; -1 for any other (too long, or opening with a digit from U+0080).
int num(std::string_view digits) {
    if (digits.size() > 6)
        return -1;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int num(const Tok& t) {
    return num(t.text);
}

// "Oct 092018", "Mai 72021": a calendar leaf's day and year, printed in boxes of their own and saved as text without
// a space between them, at token k: the day (one or two digits) and the year (four, from 1900 on); the day 0 for none.
int glued_day_year(const std::vector<Tok>& t, std::size_t k, int& year) {
    if (!is_num(t, k, 5, 6))
        return 0;
    const std::string_view digits = t[k].text;
    const std::string_view y = digits.substr(digits.size() - 4);
    if (!(y.starts_with("19") || y.starts_with("20")))
        return 0;
    year = num(y);
    return num(digits.substr(0, digits.size() - 4));
}

// "March 3rd, 2020", "le 1er juin 2021": the day's number at token i goes on with an ordinal's ending, glued to it.
bool day_ordinal(const std::vector<Tok>& t, std::size_t i) {
    return i + 1 < t.size() && t[i + 1].kind == TokKind::word && t[i + 1].begin == t[i].end &&
           any_language_has("day_ordinals", t[i + 1].text);
}

// "le 1er juin 2021", "1º de março de 2021", "1.º de marzo de 2021", "1° marzo 2021": the tokens of an ordinal's ending
// glued to the day's number at token i (a word of the lexicon section day_ordinals, after a dot or not; or the degree
// sign that Italian and Portuguese pages print for the ordinal mark "º") -> how many; 0 for none.
std::size_t day_ordinal_tokens(const std::vector<Tok>& t, std::size_t i) {
    std::size_t k = i + 1;
    const bool dot = is_punct(t, k, ".") && t[k].begin == t[i].end;
    if (dot)
        ++k;
    if (k >= t.size() || t[k].begin != t[k - 1].end)
        return 0;
    if (t[k].kind == TokKind::word && any_language_has("day_ordinals", t[k].text))
        return k - i;
    return !dot && is_punct(t, k, "\u00b0") ? 1 : 0;
}

// "4-Mar-2024": token k is a dash glued to the tokens on either side of it.
bool joining_dash(const std::vector<Tok>& t, std::size_t k) {
    return k > 0 && k + 1 < t.size() && is_punct(t, k, "-") && t[k - 1].end == t[k].begin &&
           t[k].end == t[k + 1].begin;
}

bool valid_date(int y, int m, int d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1)
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] && !(m == 2 && d == 29 && !leap);
}

// Reads a time right after token `i` ("à 14h32", "14:05", "ore 10:15", "6:00 PM", "um 14.05 Uhr", "om 13:15").
// "2026-11-24T09:15:00+01:00": ISO 8601's "T" glued to the day before it and the hour after it.
bool iso_time_mark(const std::vector<Tok>& t, std::size_t k) {
    return k > 0 && k + 1 < t.size() && t[k].text == "t" && t[k - 1].end == t[k].begin &&
           t[k].end == t[k + 1].begin && t[k + 1].kind == TokKind::number;
}

// Whether token k is a word glued to the token before it and opening with a sign of `marks` (a section of single
// signs: a Chinese, Japanese or Korean date's "年", "月", "日", "時", "分"), the sign the whole word when `whole`
// ("年度" of "2026年度" is a fiscal year's word, no date's sign).
bool glued_mark(const std::vector<Tok>& t, std::size_t k, const LexiconSection* marks, bool whole) {
    if (marks == nullptr || k == 0 || k >= t.size() || t[k].kind != TokKind::word || t[k - 1].end != t[k].begin)
        return false;
    std::size_t n = 0;
    text::next_cp(t[k].text, n);
    return (!whole || n == t[k].text.size()) && marks->has(t[k].text.substr(0, n));
}

// "14時32分", "14时32分", "14点", "2시 32분": the hour's sign glued to the hour at token k and the minutes after it,
// their own sign glued to them ("分配信": a label may be glued after it): the minutes (0 when none) and the last
// token; false when no hour's sign follows the hour.
bool signed_clock(const std::vector<Tok>& t, std::size_t k, int& m, std::size_t& end) {
    static const LexiconSection* hours = common_lexicon().section("cjk_hour_mark_words");
    static const LexiconSection* minutes = common_lexicon().section("cjk_minute_mark_words");
    if (!glued_mark(t, k + 1, hours, true))
        return false;
    m = 0;
    end = k + 1;
    if (is_num(t, k + 2) && glued_mark(t, k + 3, minutes, false)) {
        m = num(t[k + 2]);
        end = k + 3;
    }
    return true;
}

bool read_time(std::vector<Tok>& t, std::size_t i, int& hh, int& mm, std::size_t& last, bool after_date = false) {
    static const LexiconSection* openers = common_lexicon().section("time_opening_words");
    // "午後2時32分", "下午2:32", "오후 2:32": the half of the day before a 12-hour time.
    static const LexiconSection* afternoon = common_lexicon().section("clock_afternoon_words");
    static const LexiconSection* morning = common_lexicon().section("clock_morning_words");
    bool pm_before = false, am_before = false;
    std::size_t k = i;
    for (int skip = 0; skip < 3 && k < t.size(); ++skip) {
        if (t[k].kind == TokKind::number)
            break;
        const bool filler = t[k].kind == TokKind::punct || (openers != nullptr && openers->has(t[k].text)) ||
                            iso_time_mark(t, k);
        if (!filler)
            return false;
        pm_before = pm_before || (t[k].kind == TokKind::word && afternoon != nullptr && afternoon->has(t[k].text));
        am_before = am_before || (t[k].kind == TokKind::word && morning != nullptr && morning->has(t[k].text));
        ++k;
    }
    if (!is_num(t, k))
        return false;
    int h = num(t[k]), m = 0;
    std::size_t end = k;
    // ("alle 19.20", "ore 10.15": an Italian time takes a dot, an hour word before it; "Tue 4 Mar 2024 14.32 GMT",
    // "14.32 MEZ": a British or a German one, a time zone after it, the lexicon's time_zone_words; "om 09.14",
    // "09.14 uur": a Dutch one, after "om" or before "uur")
    // "05 dicembre 2026 | 16.32", "5.12.2026, 16.32": an Italian one closing the line right after the date it is
    // on, a bar or a comma between them (a figure of a sentence goes on with words; "4 March 2024 10.15", no mark
    // between, may be a score or a price).
    // "Updated 7 Dec 2026 — 10.12am AEDT": an Australian one, a half of the day glued after it.
    static const LexiconSection* zones = common_lexicon().section("time_zone_words");
    const bool dotted = (k > i && (t[k - 1].text == "alle" || t[k - 1].text == "ore" || t[k - 1].text == "om")) ||
                        (k + 3 < t.size() && t[k + 3].kind == TokKind::word && zones != nullptr &&
                         zones->has(t[k + 3].text)) ||
                        ((is_word(t, k + 3, "am") || is_word(t, k + 3, "pm")) && t[k + 2].end == t[k + 3].begin) ||
                        (after_date && k + 3 == t.size() && k == i + 1 &&
                         (is_punct(t, i, "|") || is_punct(t, i, ",")));
    if ((is_punct(t, k + 1, ":") || is_word(t, k + 1, "h") || (dotted && is_punct(t, k + 1, "."))) &&
        is_num(t, k + 2, 2, 2)) {
        m = num(t[k + 2]);
        end = k + 2;
        // ("9:09:24 AM", "16:05:31": the seconds after the minutes, glued to their colon, are skipped, so that the
        // half of the day after them still counts.)
        if (is_punct(t, k + 1, ":") && is_punct(t, k + 3, ":") && is_num(t, k + 4, 2, 2) &&
            t[k + 2].end == t[k + 3].begin && t[k + 3].end == t[k + 4].begin && num(t[k + 4]) <= 59)
            end = k + 4;
    } else if (is_punct(t, k + 1, ".") && is_num(t, k + 2, 2, 2) &&
               (is_word(t, k + 3, "uhr") || is_word(t, k + 3, "uur"))) {
        m = num(t[k + 2]);
        end = k + 3;
    } else if (is_word(t, k + 1, "h") || is_word(t, k + 1, "uhr") || is_word(t, k + 1, "uur")) {
        end = k + 1;
    } else if (!signed_clock(t, k, m, end)) {
        return false;
    }
    if (pm_before && h < 12)
        h += 12;
    if (am_before && h == 12)
        h = 0;
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

// "Updated 3:15 PM EST, December 1, 2026", "10:15 Uhr, 01.12.2026", "8:10 AM ET, Tue May 5, 2015", "Published
// 6:02 a.m. CT Nov. 24, 2026": a time printed before the day it is on, only a comma, a bar, a time zone (lexicon
// section date_filler_words) or the day's weekday (section weekdays) between them: its hour and minute.
bool read_time_before(std::vector<Tok>& t, std::size_t i, int& hh, int& mm) {
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    static const LexiconSection& weekdays = any_language_section("weekdays");
    const std::size_t most_back = 12; // "3 : 15 a . m . est , tue ,": a.m. and p.m. written with their dots
    for (std::size_t j = i; j-- > 0 && i - j <= most_back;) {
        std::size_t last = 0;
        // ("08:10 Uhr": the minutes after the hour's colon or dot open no time of their own, "10 Uhr".)
        const bool minutes = j >= 2 && t[j - 2].kind == TokKind::number && t[j - 1].end == t[j].begin &&
                             (is_punct(t, j - 1, ":") || is_punct(t, j - 1, ".") || is_word(t, j - 1, "h"));
        if (t[j].kind != TokKind::number || minutes || !read_time(t, j, hh, mm, last) || last >= i)
            continue;
        for (std::size_t k = last + 1; k < i; ++k) {
            const bool mark = t[k].kind == TokKind::punct && (t[k].text == "," || t[k].text == "|");
            const bool word = t[k].kind == TokKind::word &&
                              ((fillers != nullptr && fillers->has(t[k].text)) || weekdays.has(t[k].text));
            if (!mark && !word)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

namespace {

// The dashed date of two-digit year at token i ("12-05-25") in a date line's shape: a time after it, past a comma,
// a bar or a word that stands between a date and its time (lexicon section date_filler_words: "12-05-25, 14:05",
// "12-05-25 om 16:30", "12-05-25, 14.05 uur"), or a date's label before it, its colon after it or not (lexicon sections published and
// updated: "Laatste update: 12-05-25", "Aktualisiert am 12-05-25") opening the line or a fact of it. A sentence's
// or a score's "12-05-25" has neither.
bool dated_dashes(const std::vector<Tok>& t, std::size_t i) {
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words"); // (looked up once)
    std::size_t k = i + 5;
    for (int skipped = 0; skipped < 2 && k < t.size(); ++skipped, ++k)
        if (!(is_punct(t, k, ",") || is_punct(t, k, "|") ||
              (t[k].kind == TokKind::word && fillers != nullptr && fillers->has(t[k].text))))
            break;
    if (is_num(t, k) && is_punct(t, k + 1, ":") && is_num(t, k + 2, 2, 2))
        return true;
    // ("03-12-26, 06.00 uur", "03-12-26, 06.00 Uhr": a time of a dot, the clock's word after it, as the Flemish
    // and German stamps print it.)
    if (is_num(t, k) && is_punct(t, k + 1, ".") && is_num(t, k + 2, 2, 2) &&
        (is_word(t, k + 3, "uur") || is_word(t, k + 3, "uhr")))
        return true;
    const std::size_t word = i >= 2 && is_punct(t, i - 1, ":") ? i - 2 : i - 1;
    if (i == 0 || word >= i || t[word].kind != TokKind::word)
        return false;
    // (The labels' words, gathered once: "laatste update", "aktualisiert am".)
    static const std::vector<LexiconWords> labels = [] {
        std::vector<LexiconWords> out;
        for (const char* name : {"published", "updated"})
            for (const auto& phrase : any_language_section(name).phrases())
                if (!phrase.empty())
                    out.push_back(phrase);
        return out;
    }();
    // The label opens the line, or a fact of it after a bar, a bullet or a dash ("Harbour Post | Published on
    // 12-05-25"): "The report was published on 12-05-25.", "Der Bericht wurde am 12-05-25 veröffentlicht." are
    // sentences, their label a verb and a preposition amid the words.
    for (const auto& phrase : labels) {
        if (phrase.size() > word + 1 || phrase.back() != t[word].text)
            continue;
        const std::size_t start = word + 1 - phrase.size();
        bool same = true;
        for (std::size_t w = 0; w < phrase.size() && same; ++w)
            same = t[start + w].kind == TokKind::word && t[start + w].text == phrase[w];
        if (same && (start == 0 || is_punct(t, start - 1, "|") || is_punct(t, start - 1, "\u2022") ||
                     is_punct(t, start - 1, "\u00b7") || is_punct(t, start - 1, "-") ||
                     is_punct(t, start - 1, "\u2013") || is_punct(t, start - 1, "\u2014")))
            return true;
    }
    return false;
}

} // namespace

// "19.10.19", "30/10/23" at token i: day, month and a year of two digits, joined by the same dot or slash, the
// date standing alone: no dot and number before or after it, as a version ("1.2.3.4") or a score would have. Joined
// by dashes, in a date line's shape only (dated_dashes()).
bool short_numeric_date(const std::vector<Tok>& t, std::size_t i) {
    if (!is_num(t, i) || !(is_punct(t, i + 1, ".") || is_punct(t, i + 1, "/") || is_punct(t, i + 1, "-")) ||
        !is_num(t, i + 2) || !is_punct(t, i + 3, t[i + 1].text) || !is_num(t, i + 4, 2, 2))
        return false;
    if (t[i + 1].text == "-" && !dated_dashes(t, i))
        return false;
    const bool joined_before = i >= 1 && t[i - 1].kind == TokKind::punct && t[i - 1].end == t[i].begin &&
                               (t[i - 1].text == "." || t[i - 1].text == "/" || t[i - 1].text == "-");
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

namespace {

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

} // namespace

std::optional<std::string> time_alone(std::vector<Tok>& t, std::size_t i) {
    int hh = 0, mm = 0;
    std::size_t last = 0;
    if (!read_time(t, i, hh, mm, last))
        return std::nullopt;
    for (std::size_t k = i; k <= last; ++k)
        t[k].used = true;
    char time[6] = {'T', '0', '0', ':', '0', '0'};
    put_two_digits(time + 1, hh);
    put_two_digits(time + 4, mm);
    return std::string(time, sizeof time);
}

// "gru" of "3 gru 2026", "lis" of "12 lis 2026 r.": a month's short form a language lists apart from its names
// (lexicon section short_months: Polish "sie" for sierpień is German "sie", "mar" Spanish "mar"), read only between
// a day's number and a year (find_from()); 0 for any other word.
int short_month_of(std::string_view word) {
    static const StringMap<int> forms = [] {
        StringMap<int> merged;
        for (const Lexicon* lex : languages())
            for (const std::string_view entry : lex->list("short_months"))
                if (const std::size_t sp = entry.rfind(' '); sp != std::string_view::npos) {
                    int month = 0;
                    if (std::from_chars(entry.data() + sp + 1, entry.data() + entry.size(), month).ec == std::errc{})
                        merged.try_emplace(std::string(entry.substr(0, sp)), month);
                }
        return merged;
    }();
    // (The forms are a few bytes long: most words after a number are settled by their size.)
    static const std::size_t longest = [] {
        std::size_t most = 0;
        for (const auto& [form, month] : forms)
            most = std::max(most, form.size());
        return most;
    }();
    if (word.size() > longest)
        return 0;
    const auto it = forms.find(word);
    return it == forms.end() ? 0 : it->second;
}

namespace {

// "2026.12.05", "2026.12.05. 오후 2:32": a date of numbers written with dots, the year first (as Korean and Chinese
// pages print it), at token i: the year, the month and the day glued to their dots, no dot and figure glued after the
// day ("2026.12.05.3" is a version's number).
bool dotted_year_first(const std::vector<Tok>& t, std::size_t i) {
    if (!is_punct(t, i + 1, ".") || !is_punct(t, i + 3, ".") || i + 4 >= t.size())
        return false;
    const bool glued = t[i].end == t[i + 1].begin && t[i + 1].end == t[i + 2].begin && t[i + 2].end == t[i + 3].begin &&
                       t[i + 3].end == t[i + 4].begin;
    const bool version = is_punct(t, i + 5, ".") && is_num(t, i + 6) && t[i + 5].end == t[i + 6].begin;
    return glued && !version;
}

// "2026年12月5日", "2026年12月6日星期六", "2026年12月5日（金）", "2026년 12월 5일 (금)": a Chinese, Japanese or Korean
// date at token i, the signs of the year, the month and the day (lexicon sections cjk_year_mark_words and the others)
// glued to their figures, and a weekday after it (section cjk_weekday_words: glued to the day's sign, alone or in
// brackets): its year, month and day, and its last token; 0 for none.
std::size_t cjk_marked_date(const std::vector<Tok>& t, std::size_t i, int& y, int& m, int& d) {
    static const LexiconSection* years = common_lexicon().section("cjk_year_mark_words");
    static const LexiconSection* months = common_lexicon().section("cjk_month_mark_words");
    static const LexiconSection* days = common_lexicon().section("cjk_day_mark_words");
    static const LexiconSection* weekdays = common_lexicon().section("cjk_weekday_words");
    if (!is_num(t, i, 4, 4) || !glued_mark(t, i + 1, years, true) || !is_num(t, i + 2) ||
        !glued_mark(t, i + 3, months, true) || !is_num(t, i + 4) || !glued_mark(t, i + 5, days, false))
        return 0;
    y = num(t[i]), m = num(t[i + 2]), d = num(t[i + 4]);
    const auto weekday = [&t](std::size_t k) {
        return k < t.size() && t[k].kind == TokKind::word && weekdays != nullptr && weekdays->has(t[k].text);
    };
    const auto opening = [&t](std::size_t k) { return is_punct(t, k, "(") || is_punct(t, k, "\uff08"); };
    const auto closing = [&t](std::size_t k) { return is_punct(t, k, ")") || is_punct(t, k, "\uff09"); };
    if (opening(i + 6) && weekday(i + 7) && closing(i + 8))
        return i + 8;
    return weekday(i + 6) ? i + 6 : i + 5;
}

// "26 | 01 | 2022", "26 01 2022": a date line opening with the day, the month and the year apart, bars or spaces
// between them (a blog's stamp printed in columns), at token i: the day and the month of two figures and the year of
// four. Bars only at the line's start and no figure after a bar past the year (a table's row of numbers goes on);
// spaces only as the whole line (a sentence's or a table's figures stand amid others).
bool columned_date(const std::vector<Tok>& t, std::size_t i) {
    if (i != 0 || !is_num(t, 0, 2, 2))
        return false;
    if (is_punct(t, 1, "|") && is_num(t, 2, 2, 2) && is_punct(t, 3, "|") && is_num(t, 4, 4, 4))
        return !(is_punct(t, 5, "|") && is_num(t, 6));
    return t.size() == 3 && is_num(t, 1, 2, 2) && is_num(t, 2, 4, 4);
}

} // namespace

// Finds the first date at or after token `from`, opening before token `until` (all of them by default).
// `short_years` reads a year of two digits in a date of numbers ("19.10.19", "30/10/23").
std::optional<Found> find_from(std::vector<Tok>& t, std::size_t from, std::string_view language,
                               std::size_t until, bool short_years, DayOrder order) {
    for (std::size_t i = from; i < t.size() && i < until; ++i) {
        int y = 0, m = 0, d = 0;
        std::size_t last = i;
        if (is_num(t, i, 4, 4) && (is_punct(t, i + 1, "-") || is_punct(t, i + 1, "/") || dotted_year_first(t, i)) &&
            is_num(t, i + 2) && is_punct(t, i + 3, t[i + 1].text) && is_num(t, i + 4)) {
            // "2019-10-19", "2019/10/19", "2026.12.05"
            y = num(t[i]), m = num(t[i + 2]), d = num(t[i + 4]);
            last = i + 4;
        } else if (const std::size_t signed_end = cjk_marked_date(t, i, y, m, d)) {
            last = signed_end;
        } else if (columned_date(t, i)) {
            const bool barred = is_punct(t, 1, "|");
            d = num(t[0]), m = num(t[barred ? 2 : 1]), y = num(t[barred ? 4 : 2]);
            if ((m > 12 && d <= 12) || (order == DayOrder::month_first && d <= 12))
                std::swap(m, d);
            last = barred ? 4 : 2;
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
            // "25 octobre 2016", "5. März 2024", "5 de mayo de 2024", "12 marzo 2024", "4th of March, 2024"
            std::size_t k = i + 1;
            const std::size_t ordinal = day_ordinal_tokens(t, i);
            if (ordinal > 0)
                k += ordinal;
            else if (is_punct(t, k, "."))
                ++k;
            if (is_word(t, k, "de") || (ordinal > 0 && is_word(t, k, "of")))
                ++k;
            // "4-Mar-2024", "04-mar-2024": the day, the month's name and the year joined by dashes.
            const bool dashed = k == i + 1 && joining_dash(t, k);
            if (dashed)
                ++k;
            // "31 Donnerstag Okt 2019", "31 Thursday Oct 2019": a blog's calendar leaf, the weekday under the day.
            static const LexiconSection& weekday_names = any_language_section("weekdays"); // (merged once)
            if (k == i + 1 && k + 1 < t.size() && t[k].kind == TokKind::word && weekday_names.has(t[k].text) &&
                t[k + 1].kind == TokKind::word && month_of(t[k + 1].text, language) != 0)
                ++k;
            // "3 gru 2026", "12 lis 2026 r.": a short form listed apart stands only between the day and the year.
            bool short_form = false;
            if (k < t.size() && t[k].kind == TokKind::word && (m = month_of(t[k].text, language)) == 0 && !dashed &&
                (m = short_month_of(t[k].text)) != 0)
                short_form = true;
            if (k < t.size() && t[k].kind == TokKind::word && m != 0) {
                ++k;
                if (short_form && !is_num(t, k, 4, 4))
                    k = t.size();
                if (dashed)
                    k = joining_dash(t, k) ? k + 1 : t.size(); // (the year glued to a dash too, or no date)
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
            if (int year = 0, day = glued_day_year(t, k, year); day > 0) {
                d = day;
                y = year;
                last = k;
            } else if (is_num(t, k)) {
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
        // ("24.11.2026 r.": a year's abbreviated word and its full stop belong to the date)
        static const LexiconSection* year_words = common_lexicon().section("year_abbreviation_words");
        if (year_words != nullptr && last + 1 < t.size() && t[last + 1].kind == TokKind::word &&
            year_words->has(t[last + 1].text) && is_punct(t, last + 2, ".") && t[last + 1].end == t[last + 2].begin)
            last += 2;
        int hh = 0, mm = 0;
        std::size_t tlast = last;
        // (a time after the day, "T09:15", or one printed before it; read_time() keeps an hour to 23 and a minute to
        // 59)
        if (read_time(t, last + 1, hh, mm, tlast, true) || read_time_before(t, i, hh, mm)) {
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

} // namespace archive::dating
