// Bylines of the classify stage: the byline line opened by a byline word ("By", "Von", "Par", "Redaktion:") and the
// authors it names. The words of a bare name and a line of names are read in byline_bare_names.cpp; a name beside a
// date on its line in byline_dates.cpp; photo credits and captions are in credits.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "byline_cjk.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>

namespace archive {

namespace {
// A person's name: 1 to 5 words, each capitalised (particles allowed), no digits.
bool name_like(std::string_view s, const LexiconSection* family_joiners = nullptr) {
    auto words = text::split_ws(s);
    if (words.empty() || words.size() > 5)
        return false;
    int capitalised = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        for (char c : w)
            if (c >= '0' && c <= '9')
                return false;
        // ("João Silva e Sousa": a joiner of two family names, family_name_joiners, before the last word.)
        if (text::starts_upper(w))
            ++capitalised;
        else if (!name_particle(w) &&
                 !(family_joiners != nullptr && k + 2 == words.size() && k >= 2 && family_joiners->has(w)))
            return false;
    }
    return capitalised >= 1;
}

// "Jane RoeStaff Writer", "Anna MusterRedakteurin": a page that dropped the space between the name and the job title
// after it glues a small letter to a capital that opens a job title's word; the name is what comes before.
std::string without_glued_title(const std::string& piece) {
    for (std::size_t k = 1; k < piece.size(); ++k)
        if (std::islower(static_cast<unsigned char>(piece[k - 1])) &&
            std::isupper(static_cast<unsigned char>(piece[k])) &&
            job_title_line(text::first_token(std::string_view(piece).substr(k))))
            return text::collapse(std::string_view(piece).substr(0, k));
    return piece;
}

// The pieces of a byline's names, split at its joiners ("and", "et", "&") and after its commas. `joined`, when
// given, tells for each piece whether a joiner opened it.
std::vector<std::string> split_authors(std::string_view names, const std::vector<std::string>& joiners,
                                       const LexiconSection* family_joiners, std::vector<bool>* joined = nullptr) {
    std::vector<std::string> out;
    std::string cur;
    bool after_joiner = false;
    auto flush = [&]() {
        std::string n = text::collapse(cur);
        while (!n.empty() && (n.back() == ',' || n.back() == '.' || n.back() == ';' || n.back() == ':'))
            n.pop_back();
        if (!n.empty()) {
            out.push_back(n);
            if (joined != nullptr)
                joined->push_back(after_joiner);
            after_joiner = false;
        }
        cur.clear();
    };
    const auto words = text::split_ws(names);
    std::size_t cur_words = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        std::string low = text::lower(w);
        // "Por José Ortega y Gasset", "Per Jordi Puigvert i Soler": a joiner that is also a name's particle, one
        // capitalised word after it closing the names and two words or more before it, joins the two family names
        // of one person, as on a line of names alone (names_line()); "Por Ana López y Luis Gil" names two. "Por
        // João Silva e Sousa": so does a joiner of the byline word's language that joins family names there (lexicon
        // section family_name_joiners: Portuguese "e", which joins no family names in Italian).
        const bool joins_family_names =
            k + 2 == words.size() && cur_words >= 2 &&
            (name_particle(low) || (family_joiners != nullptr && family_joiners->has(low))) &&
            text::starts_upper(words[k + 1]);
        if ((std::find(joiners.begin(), joiners.end(), low) != joiners.end() || w == "&") && !joins_family_names) {
            flush();
            after_joiner = true;
            cur_words = 0;
            continue;
        }
        cur += ' ';
        cur += w;
        ++cur_words;
        if (w.back() == ',' || w.back() == ';') {
            flush();
            cur_words = 0;
        }
    }
    flush();
    return out;
}

// "Jane Doe Feb 8, 2020 5 min read", "Anna Muster 12. März 2021": the names of a byline printed with the date on
// the same line end where the date starts, at a number or at a month's name followed by a number ("Theresa May"
// is a name).
std::string before_date(std::string_view names) {
    auto words = text::split_ws(names);
    auto month = [](std::string_view w) {
        std::string low = text::lower(w);
        while (!low.empty() && (low.back() == '.' || low.back() == ','))
            low.pop_back();
        return month_name(low);
    };
    for (std::size_t k = 1; k < words.size(); ++k) {
        // ("Por Ana Lemos, Rafael Toledo, g1 SP": a word of small letters then figures is an outlet's name, no date.)
        const bool brand = words[k].front() >= 'a' && words[k].front() <= 'z';
        bool date = (text::has_ascii_digit(words[k]) && !brand) ||
                    (month(words[k]) && k + 1 < words.size() && text::has_ascii_digit(words[k + 1]));
        if (!date)
            continue;
        // "By Jane Roe22 Dec 2016": the date glued to the name's last word leaves the name its letters.
        if (const std::size_t letters = glued_figures(words[k]); letters > 0)
            return text::collapse(names.substr(0, static_cast<std::size_t>(words[k].data() - names.data()) + letters));
        // "Par Jean Dupont le 3 mars", "By Jane Doe | Feb 8": the words that lead to the date go with it.
        std::size_t last = k;
        while (last > 1 && !text::starts_upper(words[last - 1]))
            --last;
        std::size_t end = static_cast<std::size_t>(words[last].data() - names.data());
        return text::collapse(names.substr(0, end));
    }
    return std::string(names);
}

// "Ananya Rao, Karthik Menon": a byline's names separated by commas only, every piece a bare name of two or three
// words that no job title's word opens or closes ("Jane Roe, Senior Writer" is a name and a job).
bool comma_names_only(std::string_view flat) {
    std::size_t pieces = 0;
    for (std::size_t from = 0; from <= flat.size();) {
        const std::size_t to = std::min(flat.find(',', from), flat.size());
        const std::string piece = text::collapse(flat.substr(from, to - from));
        const auto words = text::split_ws(piece);
        // ("Olivia Grant, Communications Office", "Anna Muster, Stabsstelle Kommunikation": an organisation's unit
        // names nobody, organisation_name().)
        if (words.size() < 2 || words.size() > 3 || !bare_name(words) || job_title_line(piece) ||
            job_title_line(words.front()) || job_title_line(words.back()) || organisation_name(piece))
            return false;
        ++pieces;
        from = to + 1;
    }
    return pieces >= 2;
}

// "g1 SP", "ge", "TV Globo", "BBC News", "Lusa": a byline's comma piece naming the outlet or the desk the authors write
// for, no person: it opens with a word in small letters (a brand's, a place's origin word: "de Brasília"), or with a
// broadcaster's acronym in capitals (lexicon section acronym_words) before more words, or it is an agency's name.
bool outlet_piece(std::string_view piece) {
    static const LexiconSection* acronyms = common_lexicon().section("acronym_words"); // (looked up once)
    const std::size_t most_words = 4;
    const auto words = text::split_ws(piece);
    if (words.empty() || words.size() > most_words)
        return false;
    const std::string_view first = words.front();
    const bool capitals = std::none_of(first.begin(), first.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return !text::starts_upper(first) ||
           (words.size() >= 2 && capitals && acronyms != nullptr && acronyms->has(text::lower(first))) ||
           agency_id(piece).has_value();
}

// "Ana Beatriz Lemos, Rafael Toledo, g1 SP", "Jane Roe, John Doe, BBC News": two names or more, each a comma's
// piece (comma_names_only()), then only pieces naming the outlet or the desk they write for (outlet_piece()) -> where
// the names end (the comma before the first outlet's piece).
std::optional<std::size_t> names_before_outlets(std::string_view flat) {
    std::optional<std::size_t> end;
    for (std::size_t from = 0; from <= flat.size();) {
        const std::size_t to = std::min(flat.find(',', from), flat.size());
        const bool outlet = outlet_piece(flat.substr(from, to - from));
        if (!end && outlet && from > 0)
            end = from - 1;
        else if (end && !outlet)
            return std::nullopt;
        from = to + 1;
    }
    if (!end || !comma_names_only(flat.substr(0, *end)))
        return std::nullopt;
    return end;
}

} // namespace

namespace {

// Every language's byline words, merged once.
const LexiconSection& byline_words() {
    static const LexiconSection& bylines = any_language_section("byline");
    return bylines;
}

// text::lower(text::collapse(line)) may open with a byline word: its first byte is one of theirs. (Read on the
// line's first code point that is no space: most lines are settled before they are collapsed.)
bool may_open_byline(std::string_view line) {
    static const std::bitset<257> fronts = first_bytes(byline_words().entries);
    if (fronts.test(256))
        return true;
    if (const int front = lower_ascii_front(line); front >= 0)
        return fronts.test(static_cast<std::size_t>(front));
    for (std::size_t i = 0; i < line.size();) {
        std::size_t start = i;
        if (text::is_space(text::next_cp(line, i)))
            continue;
        char first[4 * 3 + 8];
        text::lower_into(line.substr(start, i - start), first);
        return fronts.test(static_cast<unsigned char>(first[0]));
    }
    return false;
}

// The byline phrases' first words, cut at their first space or colon ("by", "von", "written" of "written by").
const std::vector<std::string_view>& byline_openers() {
    static const std::vector<std::string_view> openers = [] {
        std::vector<std::string_view> out;
        for (const auto& e : byline_words().entries)
            out.push_back(text::first_token(e));
        return out;
    }();
    return openers;
}

// "Harbour news: ...", "Bylines and credits": a line opening with ASCII letters and then a space or a colon, which
// text::collapse() leaves as they are, opens a byline only with one of byline_openers(), lower-cased. False when the
// start does not settle it.
bool opens_with_other_word(std::string_view line) {
    std::size_t k = 0;
    auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    while (k < line.size() && letter(line[k]))
        ++k;
    if (k == 0 || k >= line.size() || (line[k] != ' ' && line[k] != ':'))
        return false;
    auto same = [&](std::string_view opener) {
        for (std::size_t j = 0; j < k; ++j)
            if (static_cast<char>(line[j] | 0x20) != opener[j])
                return false;
        return true;
    };
    // (The openers by their size, gathered once: the word is compared with those of its own size only.)
    static const std::vector<std::vector<std::string_view>> by_size = [] {
        std::vector<std::vector<std::string_view>> out;
        for (std::string_view opener : byline_openers()) {
            if (out.size() <= opener.size())
                out.resize(opener.size() + 1);
            out[opener.size()].push_back(opener);
        }
        return out;
    }();
    return k >= by_size.size() || std::none_of(by_size[k].begin(), by_size[k].end(), same);
}

// "ByJane Roe", "Veröffentlicht vonJane Roe": a page that dropped the space between a byline word and the name
// glues a small letter to a capital; the space is put back. A byline word that is also a particle of names,
// capitalised, glues nothing ("DiCaprio", "VonDerLeyen" are names).
std::string unglued_byline(std::string s) {
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    // (A word glued so ends where a small letter meets a capital, within the longest byline word's bytes: a line
    // without such a pair there, most lines, is settled before the words are tried one by one.)
    const LexiconSection& words = byline_words();
    bool glue = false;
    for (std::size_t n = 1; n <= words.longest && n + 1 < s.size() && !glue; ++n)
        glue = small(s[n - 1]) && capital(s[n]);
    if (!glue)
        return s;
    for (const auto& word : words.entries) {
        const std::size_t n = word.size();
        if (s.size() <= n + 1 || !small(s[n - 1]) || !capital(s[n]))
            continue;
        if (text::lower(std::string_view(s).substr(0, n)) != word)
            continue;
        // (The glued word's own first letter: "vonJane" is no name, "VonDerLeyen" may be one.)
        const std::size_t token = s.rfind(' ', n - 1);
        const char first = s[token == std::string::npos ? 0 : token + 1];
        if (!small(first) && name_particle(std::string_view(word).substr(word.rfind(' ') + 1)))
            continue;
        s.insert(n, 1, ' ');
        return s;
    }
    return s;
}

// "ABC Gippsland", "NDR Kultur", "RTVE Galicia", "Radio Côte Bleue": after a slash closing a byline's name, the
// outlet the author writes for (a word in capitals of two letters or more, a broadcaster's or a paper's acronym,
// where the name before prints small letters; or a broadcaster's or an agency's noun, lexicon section medium_words)
// names no second author.
bool outlet_after_slash(std::string_view part, std::string_view name) {
    static const LexiconSection& media = any_language_section("medium_words");
    auto capitals = [](std::string_view w) {
        std::size_t letters = 0;
        for (std::size_t i = 0; i < w.size();) {
            const char32_t cp = text::next_cp(w, i);
            if (text::is_lower(cp))
                return false;
            letters += text::is_letter(cp) ? 1 : 0;
        }
        return letters >= 2;
    };
    const auto words = text::split_ws(part);
    const auto own = text::split_ws(name);
    if (words.empty() || std::any_of(own.begin(), own.end(), capitals))
        return false;
    return std::any_of(words.begin(), words.end(),
                       [&capitals](std::string_view w) { return capitals(w) || media.has(text::lower(w)); });
}

// "Jeanne Dupont - Le Quotidien", "Anna Muster – Der Seebote", "Jane Roe — The Harbour Post", "Ana Ruiz - EFE": a
// name of two to four words, then a dash between spaces and an outlet's name (outlet_after_name()) -> where the dash
// stands and where the outlet's name opens.
std::optional<std::pair<std::size_t, std::size_t>> dash_before_outlet(std::string_view piece) {
    const std::size_t least_name_words = 2, most_name_words = 4;
    // (A byline's piece is collapsed: its dash stands past its start.)
    if (const auto dash = spaced_dash(piece)) {
        const auto [at, dash_size] = *dash;
        const std::string_view name = text::trim(piece.substr(0, at));
        const std::string_view tail = text::trim(piece.substr(at + dash_size));
        const auto name_words = text::split_ws(name);
        if (name_words.size() < least_name_words || name_words.size() > most_name_words || !name_like(name) ||
            !outlet_after_name(tail, name))
            return std::nullopt;
        return std::pair{at, static_cast<std::size_t>(tail.data() - piece.data())};
    }
    return std::nullopt;
}

// "Jane Roe For Mailonline", "Ana Ruiz para El Faro", "Anna Muster für die Hafenzeitung", "JANE ROE FOR THE
// HARBOUR POST": a name of two to four words, then the word an author writes for a paper with (lexicon section
// writing_for_words) and the outlet's name (a capital, or a small word of a language then a capital; five words at
// most, no digit, no stop) -> where that word stands and where the outlet's name opens ("Jane Roe for the first
// time" names no outlet).
std::optional<std::pair<std::size_t, std::size_t>> for_outlet(std::string_view piece) {
    static const LexiconSection& for_words = any_language_section("writing_for_words");
    const std::size_t least_name_words = 2, most_name_words = 4, most_outlet_words = 5;
    const auto words = text::split_ws(piece);
    for (std::size_t k = least_name_words; k + 1 < words.size() && k <= most_name_words; ++k) {
        if (!for_words.has(text::lower(words[k])))
            continue;
        const auto at = static_cast<std::size_t>(words[k].data() - piece.data());
        const std::string_view name = text::trim(piece.substr(0, at));
        const std::size_t open = static_cast<std::size_t>(words[k + 1].data() - piece.data());
        const std::string_view outlet = piece.substr(open);
        const bool small_opener = words.size() > k + 2 && stopword_languages(text::lower(words[k + 1])) != 0 &&
                                  text::starts_upper(words[k + 2]);
        if (!name_like(name) || words.size() - k - 1 > most_outlet_words ||
            !(text::starts_upper(words[k + 1]) || small_opener) ||
            std::any_of(outlet.begin(), outlet.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ','; }))
            return std::nullopt;
        return std::pair{at, open};
    }
    return std::nullopt;
}

} // namespace

bool outlet_after_name(std::string_view tail, std::string_view name) {
    const std::size_t most_outlet_words = 4;
    const auto words = text::split_ws(tail);
    if (words.empty() || words.size() > most_outlet_words || !text::starts_upper(tail) ||
        std::any_of(tail.begin(), tail.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ','; }))
        return false;
    const bool article =
        words.size() >= 2 && stopword_languages(text::lower(words[0])) != 0 && text::starts_upper(words[1]);
    return article || agency_id(tail) || outlet_after_slash(tail, name);
}

bool byline_word(std::string_view line) {
    if (!may_open_byline(line) || opens_with_other_word(line))
        return false;
    // "Autor:" / "Anna Muster": a label's colon closes the byline word alone on its line.
    std::string low = text::lower(text::collapse(line));
    if (!low.empty() && low.back() == ':')
        low = text::collapse(low.substr(0, low.size() - 1));
    return byline_words().has(low);
}

// "Staff", "the newsroom", "der Redaktion", "onze redactie", "WKVR Staff", "Redacción Nacional": the words after a
// byline's label that sign the text with the newsroom, no person: an article or a possessive (lexicon section
// desk_byline_opener_words) at most, then a newsroom's word (desk_word(), or a word of desk_byline_words:
// "Staff"), with a call sign or acronym in capitals before it ("WKVR Staff") or up to two capitalised words after it
// ("Redaktion Inland"); the desk as printed, without the opener. (The gold bylines keep such desks: "Redaktion",
// "Staff Writer"; a desk with a job title's word after it, "Staff Writer", is left to the reading of names.)
std::optional<std::string> desk_signature(std::string_view rest) {
    auto words = text::split_ws(rest);
    const std::size_t most_words = 4;
    if (words.empty() || words.size() > most_words)
        return std::nullopt;
    static const LexiconSection& openers = any_language_section("desk_byline_opener_words");
    static const LexiconSection& staff = any_language_section("desk_byline_words");
    std::size_t from = 0;
    if (words.size() > 1 && openers.has(text::lower(words.front())))
        from = 1;
    auto desk_at = [&](std::size_t k) { return desk_word(words[k]) || staff.has(text::lower(words[k])); };
    auto plain = [](std::string_view w) {
        return std::all_of(w.begin(), w.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u >= 0x80 || std::isalpha(u) || c == '-' || c == '.';
        });
    };
    if (!std::all_of(words.begin() + static_cast<std::ptrdiff_t>(from), words.end(), plain))
        return std::nullopt;
    std::size_t desk = from;
    auto capitals = [](std::string_view w) {
        return text::starts_upper(w) &&
               std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    };
    // ("WKVR Staff", "WKVR News Staff": one word in capitals, a station's call sign or a paper's acronym, before the
    // desk, and perhaps the name of its desk in small letters after a capital: "JANE ROE Staff" is a person's name.)
    if (desk + 1 < words.size() && !desk_at(desk) && capitals(words[desk])) {
        ++desk;
        if (desk + 1 < words.size() && !desk_at(desk) && text::starts_upper(words[desk]) && !capitals(words[desk]) &&
            desk_at(desk + 1))
            ++desk;
    } else {
        // ("Harbour Post Staff", "Valley News Staff", "Coast Radio Newsroom": the outlet's name before the desk, one
        // or two capitalised words the last of which names a paper, a station or a body (lexicon section
        // organisation_words: "Post", "News", "Radio"), where the names reader took the outlet for a person and cut
        // the staff word as a job title's; "Jane Roe Staff" ends with no such word.)
        static const LexiconSection& outlets = any_language_section("organisation_words");
        const std::size_t most_outlet_words = 2;
        std::size_t at = desk;
        while (at < words.size() && at - desk < most_outlet_words && !desk_at(at) && text::starts_upper(words[at]) &&
               !capitals(words[at]))
            ++at;
        // ("Millbrook Patch-Post Staff": the outlet's word may close a hyphened compound, the paper's name.)
        auto outlet = [&](std::string_view w) {
            const std::string low = text::lower(w);
            const std::size_t hyphen = low.rfind('-');
            return outlets.has(low) || (hyphen != std::string::npos && outlets.has(low.substr(hyphen + 1)));
        };
        if (at > desk && at < words.size() && desk_at(at) && outlet(words[at - 1]))
            desk = at;
    }
    // ("by staff" in small letters after the label alone is a sentence's words or a handle; after an opener, "By the
    // newsroom", the desk's word is printed small.)
    if (!desk_at(desk) || (from == 0 && desk == 0 && !text::starts_upper(words[desk])))
        return std::nullopt;
    const std::size_t most_after = 2;
    if (words.size() - desk - 1 > most_after)
        return std::nullopt;
    for (std::size_t k = desk + 1; k < words.size(); ++k)
        if (!text::starts_upper(words[k]) || job_title_line(words[k]))
            return std::nullopt;
    return join_words({words.begin() + static_cast<std::ptrdiff_t>(from), words.end()});
}

// "Jean-Marc Le Goff.", "Jane Roe.": a paper printing its author's name alone on a line closes it with a stop, no
// part of the name; "Jane R.", "John Roe Jr." keep theirs (an initial's, an abbreviation's: a last word of two letters
// at most, or one without a small letter).
std::string without_closing_stop(std::string_view name) {
    const auto words = text::split_ws(name);
    if (words.size() < 2 || !name.ends_with('.') || name.ends_with(".."))
        return std::string(name);
    std::string_view last = words.back();
    last.remove_suffix(1);
    const std::size_t fewest_letters = 3;
    const bool small =
        std::any_of(last.begin(), last.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    if (text::length_cp(last) < fewest_letters || !text::starts_upper(last) || !small ||
        last.find('.') != std::string_view::npos)
        return std::string(name);
    return std::string(name.substr(0, name.size() - 1));
}

std::optional<std::size_t> after_agency_bar(std::string_view line) {
    const std::size_t most_agency_bytes = 24;
    // (Asked of every line that may be a byline: one without a bar among its first bytes is settled by one read of
    // them, before the bar is sought with its spaces.)
    const std::string_view head = line.substr(0, most_agency_bytes);
    if (head.find('|') == std::string_view::npos)
        return std::nullopt;
    const std::size_t bar = head.find(" | ");
    if (bar == std::string_view::npos || bar == 0 || !agency_id(text::trim(line.substr(0, bar))))
        return std::nullopt;
    return bar + 3;
}

// "ABC Gippsland / By Sam Patel": where the byline after a desk's name (two to four words, each capitalised, one
// slash or bar after it) opens; nothing for another line.
std::optional<std::size_t> after_desk_mark(std::string_view line) {
    const std::size_t most_desk_bytes = 40, most_desk_words = 4;
    // (Asked of every line that may be a byline: one without a slash or a bar among its first bytes is settled by one
    // read of them, before a mark is sought with its spaces.)
    const std::string_view head = line.substr(0, most_desk_bytes + 3);
    if (head.find('/') == std::string_view::npos && head.find('|') == std::string_view::npos)
        return std::nullopt;
    for (std::string_view mark : {" / ", " | "}) {
        const std::size_t at = line.substr(0, most_desk_bytes + mark.size()).find(mark);
        if (at == std::string_view::npos || at == 0 || line.find(mark, at + mark.size()) != std::string_view::npos)
            continue;
        // (One word is a section's label, "Politik | Von ...": a teaser's, no desk's.)
        const auto words = text::split_ws(line.substr(0, at));
        if (words.size() >= 2 && words.size() <= most_desk_words &&
            std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); }))
            return at + mark.size();
    }
    return std::nullopt;
}

namespace {

// "Admin", "admin le 27 novembre 2026", "Super User, 3. Mai 2026": the words after a byline's label open with the
// name of a site's account (lexicon section account_names, any case), alone or followed by a word in small letters
// or a mark (a date's preposition, a comma, a bar): no person's name.
bool site_account(std::string_view rest) {
    const auto words = text::split_ws(rest);
    for (std::size_t n = 1; n <= 2 && n <= words.size(); ++n) {
        std::string low = text::lower(join_words({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n)}));
        const bool comma = !low.empty() && low.back() == ',';
        if (comma)
            low.pop_back();
        if (!common_lexicon().has("account_names", low))
            continue;
        if (comma || n == words.size() || !text::starts_upper(words[n]))
            return true;
    }
    return false;
}

} // namespace

std::optional<std::vector<std::string>> byline_authors(std::string_view line, std::string_view language,
                                                       bool lone_names) {
    // "记者 王晓峰", "作者：宋一帆", "김민수 기자": a Chinese, Japanese or Korean byline (no capital tells its names).
    if (auto names = cjk_byline_authors(line))
        return names;
    // (Most lines are settled by their first word, before the line is collapsed; a first word of ASCII letters
    // gluing a small letter to a capital may be a byline word glued to a name: "ByJane Roe".)
    auto glued_front = [line] {
        for (std::size_t k = 1; k < line.size() && std::isalpha(static_cast<unsigned char>(line[k])); ++k)
            if (std::islower(static_cast<unsigned char>(line[k - 1])) &&
                std::isupper(static_cast<unsigned char>(line[k])))
                return true;
        return false;
    };
    // "Redaktion: Anna Muster (stv. Chefredakteurin)": a label closed by a colon reads as "By:".
    if (const auto rest = after_colon_label(line); rest && !rest->empty()) {
        // "Współpraca: Anna Kowalska, Jan Nowak", "Mitarbeit: Lena Brandt, Tom Roe": the label of the people who
        // worked with the author (lexicon section contributor_labels) is followed by their names alone, cut apart by
        // commas (where a byline's comma opens the author's job: "By Jane Roe, Senior Writer"); "Mitarbeit: Lena
        // Brandt und Ole Jensen von der Redaktion." is a sentence and names no author.
        static const LexiconSection& contributors = any_language_section("contributor_labels");
        if (contributors.has(text::lower(text::collapse(line.substr(0, line.find(':'))))))
            return names_line(*rest);
        return byline_authors("by: " + std::string(*rest), language, lone_names);
    }
    // "dpa | Von Katrin Baumgart", "EFE | Por Ana Ruiz": the agency credited before the byline, a bar between them,
    // is kept after the names (a source), as when it closes the byline ("Von Katrin Baumgart | dpa").
    if (const auto after = after_agency_bar(line))
        if (auto names = byline_authors(line.substr(*after), language, lone_names); names && !names->empty()) {
            names->emplace_back(text::trim(line.substr(0, line.find(" | "))));
            return names;
        }
    // "ABC Gippsland / By Sam Patel", "Harbour Courier | Von Anna Muster": the desk or the paper printed before the
    // byline, a slash or a bar between them, names no author: the byline after it does.
    if (const auto after = after_desk_mark(line))
        if (auto names = byline_authors(line.substr(*after), language, lone_names); names && !names->empty())
            return names;
    // "3 marzo 2025 da Mario Rossi": a byline word printed in small letters after a date reads as "by".
    if (const auto rest = after_small_byline_word(line, language))
        return byline_authors("by " + std::string(*rest), language, lone_names);
    // "Energiewende", "Twitter", "E-Mail", "Dr.": a line of one token of ASCII bytes (a menu's entry, most lines
    // that open as a byline may) is its own collapsed text and holds no space or colon to close a byline word, unless
    // a byline word glued to a name is cut off it ("ByJane"), which glues a small letter to a capital within the
    // line's first letters (glued_front()) while the byline words are letters only.
    static const bool letter_words = std::all_of(
        byline_words().entries.begin(), byline_words().entries.end(), [](const std::string_view e) {
            // (A phrase of several words matches no line without a space.)
            return e.find(' ') != std::string::npos || std::all_of(e.begin(), e.end(), [](char c) {
                       const auto u = static_cast<unsigned char>(c);
                       return u >= 0x80 || std::isalpha(u);
                   });
        });
    auto lone_ascii_token = [line] {
        return letter_words && std::none_of(line.begin(), line.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u <= ' ' || u == ':' || u >= 0x7F;
        });
    };
    if (!may_open_byline(line) || ((opens_with_other_word(line) || lone_ascii_token()) && !glued_front()))
        return std::nullopt;
    std::string s = unglued_byline(text::collapse(line));
    if (s.empty() || (s.size() > 160 && text::length_cp(s) > 160)) // (no more code points than bytes)
        return std::nullopt;
    // "Posted by Jane Roe under Harbour News", "Publié par Jeanne Morel dans Actualités", "Von Anna Muster unter
    // Allgemein, Kultur": a post's byline goes on with the categories it is filed in, which are cut off (a line closed
    // by a stop is a sentence: "Von Anna in Berlin hörte ich es.").
    bool filed = false;
    // ("Por Ana Ruiz (Corresponsal en Bilbao)": a parenthesis after the name is read below.)
    if (const char last = s.back(); last != '.' && last != '!' && last != '?' && s.find('(') == std::string::npos) {
        const std::size_t whole = s.size();
        s = text::collapse(without_categories(s, language));
        filed = s.size() < whole;
    }
    // (Every language's byline words, merged once: a line opening with none of them, then a space or a colon, is
    // settled before the languages are tried one by one. The test reads the line's first bytes, lower-cased: its
    // first `longest` + 2 code points make as many bytes at least.)
    const LexiconSection& bylines = byline_words();
    std::size_t head_end = 0;
    for (std::size_t cps = 0; cps < bylines.longest + 2 && head_end < s.size(); ++cps)
        text::next_cp(s, head_end);
    const std::string head = text::lower(std::string_view(s).substr(0, head_end));
    bool opens = false;
    for (std::size_t at = text::find_byte_of(head, " :"); !opens && at != std::string::npos && at <= bylines.longest;
         at = text::find_byte_of(head, " :", at + 1))
        opens = head.size() > at + 1 && bylines.has(std::string_view(head).substr(0, at));
    if (!opens)
        return std::nullopt;
    std::string low = head_end == s.size() ? head : text::lower(s);
    // Which byline word opens the line? Try the page's language first, then every language.
    std::vector<const Lexicon*> order;
    if (const Lexicon* lex = lexicon(language))
        order.push_back(lex);
    for (const Lexicon* lex : languages())
        if (std::find(order.begin(), order.end(), lex) == order.end())
            order.push_back(lex);
    for (const Lexicon* lex : order) {
        for (const auto& word : lex->list("byline")) {
            if (low.size() <= word.size() + 1 || low.compare(0, word.size(), word) != 0)
                continue;
            char next = low[word.size()];
            if (next != ' ' && next != ':')
                continue;
            std::string rest = text::collapse(std::string_view(s).substr(word.size() + 1));
            bool colon = next == ':';
            if (!rest.empty() && rest.front() == ':') {
                rest = text::collapse(rest.substr(1));
                colon = true;
            }
            // "Par le Dr Jean Exemple", "Von Dr. med. Anna Muster": the titles before the name are no part of it.
            // "By our correspondent Jane Roe", "Von unserer Korrespondentin Anna Muster": the author's job too.
            // "Von unserem Korrespondenten in Rom, Hans Muster", "De notre correspondante à Berne, Jeanne Dupont": and
            // the place the job is held in, before a comma.
            rest = std::string(without_opening_titles(without_filed_from(without_own_job(rest))));
            // "Por Redacción / Ana Ruiz", "Von der Redaktion / Anna Berg", "By Staff / Jane Roe": a newsroom's desk
            // (desk_signature()) and a slash before a person's name: the person signs the text, the desk names nobody
            // (the line stays where the record keeps byline lines); the words after the slash are read.
            // "Por Redacción / AFP", "Di Redazione / ANSA": and before the agency the desk wrote with, which is the
            // text's source (the desk names nobody).
            if (const std::size_t slash = rest.find(" / "); slash != std::string::npos) {
                const std::string_view after = text::trim(std::string_view(rest).substr(slash + 3));
                if ((agency_id(after) || (text::starts_upper(after) && !agency_id(text::first_token(after)))) &&
                    desk_signature(std::string_view(rest).substr(0, slash)))
                    rest = std::string(after);
            }
            // "Por Redacción EFE", "Di Redazione ANSA": the desk's word and the agency's name after it: the agency
            // is the text's source, the desk names nobody.
            if (const std::size_t space = rest.find(' ');
                space != std::string::npos && desk_word(std::string_view(rest).substr(0, space)))
                if (const std::string_view tail = text::trim(std::string_view(rest).substr(space + 1)); agency_id(tail))
                    return std::vector<std::string>{std::string(tail)};
            if (auto desk = desk_signature(rest))
                return std::vector<std::string>{std::move(*desk)};
            // "Rédigé par Admin", "Posted by webmaster on May 3, 2026", "Von Administrator": a site's account signs
            // the post, a byline naming nobody.
            if (site_account(rest))
                return std::vector<std::string>{};
            // "Text Outline Colour" (a player's setting): "Text", "Texte" name the author only before a colon; on a
            // page of its own language, a label its lexicon prints bare ("Tekst Anna de Boer", section
            // bare_byline_labels) names the author without one.
            if (!colon && colon_only_label(word) && !(lex == lexicon(language) && lex->has("bare_byline_labels", word)))
                continue;
            // "Autor: mmuster", "Gespeichert von jroe am 3. Juni 2018": a handle that the label's colon or the
            // date after it makes the author's.
            // "By Ela on 3 March 2025", "By Des Roe": a name's word is checked against the stopwords of the page's
            // language and of the byline word's, not of every language ("ela" is Portuguese, "des" French); "Por
            // La Tarde", "Von Der Stadt" stay no names.
            const std::uint32_t stops = name_languages(language, lex);
            // "Frage von Kati1987", "Asked by bert_55": a forum post's label (forum_post_labels) holds the poster's
            // user name alone, as a colon's field does; words of any other kind after it name no author.
            const bool forum = lex->has("forum_post_labels", word);
            const auto handle = labelled_handle(rest, colon || forum, stops);
            if (forum && !colon) {
                if (handle)
                    return std::vector<std::string>{*handle};
                continue;
            }
            // "Posted by Kira under News", "Publié par jroe dans Actualités": a post's label of two words or more
            // ("Von Hamburg in Richtung Norden" is a title) and the categories after the name vouch for a first name
            // or a handle alone.
            const bool lone = lone_names || (filed && word.find(' ') != std::string::npos);
            // "Von dpa", "Von dpa/lnw", "Par ats/afp": the byline word before an agency's tag printed in small
            // letters, alone or slashed with other agencies and the desk's initials (agency_tag(), one token), names
            // no author: its agencies are the text's source, given as names that the byline's reader keeps as the
            // source tag ("Von dpa/AFP" -> dpa, AFP; "lnw", the regional desk, names no one).
            if (!text::starts_upper(rest) && rest.find(' ') == std::string::npos && agency_tag(rest)) {
                std::vector<std::string> agencies;
                for (std::size_t from = 0; from <= rest.size();) {
                    const std::size_t to = std::min(rest.find('/', from), rest.size());
                    if (const std::string_view piece = std::string_view(rest).substr(from, to - from); agency_id(piece))
                        agencies.emplace_back(piece);
                    from = to + 1;
                }
                if (!agencies.empty())
                    return agencies;
            }
            if (!text::starts_upper(rest)) {
                if (lone && handle_name(rest))
                    return std::vector<std::string>{rest};
                if (handle)
                    return std::vector<std::string>{*handle};
                continue;
            }
            // "Autor: Anna Nowak (PAP)", "By Jane Roe (AFP)", "Par Jeanne Morel (AFP)": an agency alone in the
            // parenthesis closing the byline is the text's source, no part of the last name: cut off, kept after the
            // names (a source, read as the tag).
            std::string paren_agency;
            if (const std::size_t open = rest.rfind('(');
                rest.ends_with(')') && open != std::string::npos && open > 0 && rest[open - 1] == ' ') {
                const std::string_view inner = text::trim(std::string_view(rest).substr(open + 1, rest.size() - open - 2));
                if (!inner.empty() && agency_id(inner)) {
                    paren_agency = std::string(inner);
                    rest = text::collapse(std::string_view(rest).substr(0, open));
                }
            }
            // "Par Lucien Ferrand (avec Odile Marchal)": the parenthesis holds co-authors.
            std::string flat;
            for (char c : without_picture_credits(rest))
                if (c != '(' && c != ')')
                    flat += c;
            flat = before_date(flat);
            // "Por Luiza Menezes e Pedro Tavares — Rio de Janeiro", "Par Anne Roux et Paul Martin — Lyon": the place
            // after a dash closing the names is cut off before they are split (else it stays glued to the last name).
            flat = std::string(without_closing_place(flat));
            const auto own = lex->list("author_joiners");
            std::vector<std::string> joiners(own.begin(), own.end());
            for (const Lexicon* other : languages())
                for (const auto& j : other->list("author_joiners"))
                    joiners.emplace_back(j);
            // Keep the leading run of name-like pieces ("By A, B and C"); without a joiner the comma opens
            // a job title ("By A, Senior Writer" keeps A).
            std::string comma_agency;
            bool has_joiner = flat.find(" & ") != std::string::npos;
            for (auto w : text::split_ws(flat))
                has_joiner = has_joiner || std::find(joiners.begin(), joiners.end(), text::lower(w)) != joiners.end();
            if (!has_joiner && flat.find(',') != std::string::npos) {
                // "Par Jean Dupont, nous avons appris la nouvelle.", "Von Anna Muster, der Hafenmeisterin, stammt
                // die Idee.": a clause of five words or more closed by a stop after the comma is a sentence of
                // prose opened by a preposition, no job title ("Par Jean Dupont, envoyé spécial à Berlin").
                const std::size_t clause_words = 5;
                const char last = s.back();
                if ((last == '.' || last == '!' || last == '?') &&
                    text::split_ws(std::string_view(flat).substr(flat.find(',') + 1)).size() >= clause_words)
                    continue;
                // "Von Jana Roth, dpa", "By Jane Roe, PA Political Correspondent": an agency after the comma, alone or
                // opening the author's job, is kept after the names (a source).
                const std::string after_comma = text::collapse(std::string_view(flat).substr(flat.find(',') + 1));
                // ("Por Ana Silva, da Lusa": a word of origin before the agency is left out.)
                const auto job_words = without_origin_word(text::split_ws(after_comma));
                if (!job_words.empty() && agency_id(job_words.front()) &&
                    (text::starts_upper(job_words.front()) || job_words.front().size() >= 3) &&
                    (job_words.size() == 1 ||
                     job_title_line(std::string_view(after_comma).substr(
                         static_cast<std::size_t>(job_words[1].data() - after_comma.data())))))
                    comma_agency = std::string(job_words.front());
                // "Written by Ananya Rao, Karthik Menon", "Par Jeanne Morel, Paul Girard", "Von Anna Muster, Jan
                // Roth": after the label, comma pieces that are each a bare name of two or three words (no job
                // title's word, no place's opening word) are more authors, as if joined by "and".
                // "Por Ana Lemos, Rafael Toledo, g1 SP": so are the names before the outlet the authors write for,
                // which closes the line (names_before_outlets()).
                // ("Por Ana Lemos, Rafael Toledo, Lusa": an agency among those closing pieces is kept after the names.)
                if (!comma_names_only(flat)) {
                    const auto end = names_before_outlets(flat);
                    for (std::size_t from = end.value_or(flat.size()) + 1;
                         from < flat.size() && comma_agency.empty();) {
                        const std::size_t to = std::min(flat.find(',', from), flat.size());
                        if (const std::string piece = text::collapse(flat.substr(from, to - from)); agency_id(piece))
                            comma_agency = piece;
                        from = to + 1;
                    }
                    flat = flat.substr(0, end.value_or(flat.find(',')));
                }
            }
            std::vector<std::string> names;
            bool first_piece = true;
            const LexiconSection* family_joiners = lex->section("family_name_joiners");
            std::vector<bool> joined;
            std::vector<std::string> pieces = split_authors(flat, joiners, family_joiners, &joined);
            for (std::size_t nth = 0; nth < pieces.size(); ++nth) {
                std::string& piece = pieces[nth];
                // "Jane Doe | Reuters", "Jean Dupont - Le Monde": cut at a separator. "Von Anna Muster und Jan Roth |
                // dpa", "Por Ana Ruiz | EFE": an agency alone after the bar is the text's source, kept after the names.
                std::string bar_agency;
                if (auto bar = piece.find(" |"); bar != std::string::npos) {
                    std::string tail = text::collapse(std::string_view(piece).substr(bar + 2));
                    if (!tail.empty() && agency_id(tail))
                        bar_agency = std::move(tail);
                    piece = piece.substr(0, bar);
                }
                // "Ana Souza - Repórter da Agência Brasil", "Jean Dupont – Envoyé spécial": a dash closes the name
                // with the author's job; an agency named at the job's end is kept after the name (a source).
                std::string job_agency;
                if (auto dash = dash_before_job(piece, job_agency))
                    piece = text::collapse(std::string_view(piece).substr(0, *dash));
                else if (auto outlet = dash_before_outlet(piece)) {
                    // "Par Jeanne Dupont - Le Quotidien", "Von Anna Muster – Der Seebote", "Por Ana Ruiz - EFE": the
                    // paper or the agency the author writes for after a dash names no second author; an agency is
                    // kept after the name (a source).
                    if (const std::string tail = text::collapse(std::string_view(piece).substr(outlet->second));
                        agency_id(tail))
                        job_agency = tail;
                    piece = text::collapse(std::string_view(piece).substr(0, outlet->first));
                } else if (auto paper = for_outlet(piece)) {
                    // "By Jane Roe For Mailonline", "Por Ana Ruiz para El Faro", "By Jane Roe for Reuters": the
                    // outlet the author writes for closes the name; an agency is kept after it (a source).
                    if (const std::string tail = text::collapse(std::string_view(piece).substr(paper->second));
                        agency_id(tail))
                        job_agency = tail;
                    piece = text::collapse(std::string_view(piece).substr(0, paper->first));
                }
                // "By Anna Roe and Ben Vale Associated Press": the agency's name closes the last name.
                piece = std::string(without_agency_name(piece));
                // "Por Ana Ruiz aruiz@diario.example", "By Jane Roe @janeroe", "By Jane Roe@JaneRoe": the author's
                // address or handle after the name is no part of it (a handle glued to the name's last word is cut
                // off it).
                for (auto words = text::split_ws(piece); words.size() >= 2; words = text::split_ws(piece)) {
                    const std::string_view last = words.back();
                    const std::size_t at = last.find('@');
                    if (at == std::string_view::npos)
                        break;
                    const bool glued = at > 0 && text::starts_upper(last);
                    piece = text::collapse(std::string_view(piece).substr(
                        0, static_cast<std::size_t>(last.data() - piece.data()) + (glued ? at : 0)));
                    if (glued)
                        break;
                    // "Por Ana Ruiz - @anaruiz", "Di Mario Rossi – @mrossi": a dash before the handle goes with it.
                    for (std::string_view dash : {" -", " \u2013", " \u2014"})
                        if (piece.ends_with(dash)) {
                            piece.resize(piece.size() - dash.size());
                            break;
                        }
                }
                // "Anna Muster/dpa", "Jane Roe / harbour-news.example": a slash closes the name with its agency, kept
                // after it (a source), or with the paper's site, dropped; "Jane Roe / John Doe" joins two names.
                std::vector<std::string> after_slash;
                if (auto slash = piece.find('/'); slash != std::string::npos && slash > 0) {
                    std::string_view tail = std::string_view(piece).substr(slash + 1);
                    for (std::size_t from = 0; from <= tail.size();) {
                        std::size_t to = std::min(tail.find('/', from), tail.size());
                        std::string part = text::collapse(tail.substr(from, to - from));
                        // ("Jane Roe / Metro Desk", "Ana Ruiz / Redacción Nacional": a desk names nobody, and so does
                        // an outlet: "Sam Patel / ABC Gippsland", outlet_after_slash().)
                        if (agency_id(part) ||
                            (name_like(part) && text::split_ws(part).size() >= 2 &&
                             stopword_languages(text::lower(text::first_token(part))) == 0 &&
                             !desk_piece(text::split_ws(part)) &&
                             !outlet_after_slash(part, std::string_view(piece).substr(0, slash))))
                            after_slash.push_back(part);
                        else
                            break;
                        from = to + 1;
                    }
                    piece = text::collapse(std::string_view(piece).substr(0, slash));
                }
                // "By Jane Roe, Senior Staff Technologist, Harbour Project": a piece after the name holding a job
                // title's word names nobody, and neither do the pieces after it.
                piece = without_glued_title(piece);
                // "By DANIEL OKAFOR Staff Writer": so does a job title after the name with no comma.
                piece = std::string(without_glued_job(piece));
                // "By Michael L. Example, PhD, and Sara Sample, MD": a degree between two names names nobody; "Prof.
                // Dr. Karl Beispiel", "Jane Example Uncategorized": the titles and degrees around a name and the
                // post's category after it are no part of it.
                if (const auto all = text::split_ws(piece);
                    !all.empty() && std::all_of(all.begin(), all.end(), degree_word))
                    continue;
                piece = std::string(without_closing_extras(without_opening_titles(piece)));
                // "Par Anne Roux, économiste, et Paul Vidal, sociologue", "Von Anna Kessler, Ökonomin, und Jan Roth,
                // Soziologe", "By Jane Roe, economist, and Sam Vale, sociologist": after a name, the author's job (a
                // job title's word, small letters or one word), then a joiner opening the next author's name with a
                // job of its own after it: each author is named with a job. ("Par Jeanne Morel, Rédactrice Culture,
                // et Paul Vidal": a job after the first name alone ends the names.)
                const auto job_piece = [&](std::size_t j) {
                    return !agency_id(pieces[j]) && (job_title_line(pieces[j]) || !text::starts_upper(pieces[j]) ||
                                                     text::split_ws(pieces[j]).size() == 1);
                };
                if (!names.empty() && nth + 2 < pieces.size() && joined[nth + 1] && !joined[nth + 2] &&
                    job_piece(nth) && job_piece(nth + 2))
                    continue;
                if (!first_piece && job_title_line(piece))
                    break;
                first_piece = false;
                // "Autor: Rechtsanwalt Max Beispiel", "Par avocat Jean Dupont": a job title before a name of two
                // words or more is no part of it.
                if (auto words = text::split_ws(piece); words.size() >= 3 && job_title_line(words.front()))
                    piece = text::collapse(std::string_view(piece).substr(
                        static_cast<std::size_t>(words[1].data() - piece.data())));
                // "Von Stadtplänen, Bau-Politik und ...": a lone capitalised word is a German noun or a title
                // word, not a person; a lone agency ("Par AFP") is a source.
                const bool one_word = text::split_ws(piece).size() < 2;
                // "Par Jeanne Dupont avec l'AFP", "Di Anna Rossi con l'Ansa": an agency after a name, its article
                // glued to it by the apostrophe, is the text's source, kept as printed without the article.
                if (!names.empty() && one_word)
                    for (std::string_view glued : {"l'", "l\u2019", "L'", "L\u2019"})
                        if (piece.starts_with(glued) && piece.size() > glued.size() &&
                            agency_id(std::string_view(piece).substr(glued.size()))) {
                            piece = piece.substr(glued.size());
                            break;
                        }
                // "Von Anna Muster mit dpa", "Por Ana Silva com lusa": an agency joined after a name is its source,
                // kept in small letters too (of three letters or more, as after a comma: "si" is a word).
                if (!names.empty() && one_word && piece.size() >= 3 && !text::starts_upper(piece) && agency_id(piece)) {
                    names.push_back(piece);
                    continue;
                }
                if (!name_like(piece, family_joiners) ||
                    (one_word && !agency_id(piece) && (!lone || !bare_name_word(piece, stops))))
                    break;
                // "By The Harbour Weekly", "Par Le Petit Journal": a name opened by an article or another small
                // word of a language is a paper's or a site's, not a person's: the line is a byline naming nobody.
                // ("By Will Knight": a given name spelled like a small word opens a person's name.)
                const auto piece_words = text::split_ws(piece);
                if (stopword_languages(text::lower(piece_words.front())) != 0 && !name_word_at(piece_words, 0, stops)) {
                    // "Par Le Figaro avec AFP", "By The Harbour Weekly and Reuters", "Von Der Seebote mit dpa": the
                    // agencies joined after the paper's name are the text's sources, kept as the byline's names.
                    if (names.empty()) {
                        for (std::size_t later = nth + 1; later < pieces.size(); ++later)
                            if (agency_id(pieces[later]))
                                names.push_back(pieces[later]);
                        return names;
                    }
                    break;
                }
                // "Por Redacción Nacional", "By Metro Desk", "Texto: Redação": a newsroom's word among the piece's
                // words signs the text with a desk, no person (desk_piece()): the desk as printed is the byline's one
                // name, as the gold bylines of the corpora keep it ("Redaktion", "auto-motor.at Redaktion"); after a
                // person's name it ends the names. "By Jane Roe Staff Writer" keeps the name before the job.
                if (const auto desk = desk_piece(piece_words)) {
                    if (*desk == 0) {
                        // ("By Metro Desk / Jane Roe": the person after the slash signs the text, as above.)
                        if (names.empty() && std::any_of(after_slash.begin(), after_slash.end(),
                                                         [](const std::string& part) { return !agency_id(part); })) {
                            names = std::move(after_slash);
                            continue;
                        }
                        if (names.empty())
                            return std::vector<std::string>{piece};
                        break;
                    }
                    piece = join_words({piece_words.begin(), piece_words.begin() + static_cast<std::ptrdiff_t>(*desk)});
                }
                names.push_back(piece);
                for (std::string* agency : {&job_agency, &bar_agency})
                    if (!agency->empty())
                        after_slash.push_back(*agency);
                for (auto& part : after_slash)
                    if (std::find(names.begin(), names.end(), part) == names.end())
                        names.push_back(part);
            }
            if (names.empty()) {
                // "Author: Quill7 am 3.05.2021", "Von Anna.Muster am Sonntag": a one-word name.
                if (handle)
                    return std::vector<std::string>{*handle};
                continue;
            }
            for (const std::string& agency : {comma_agency, paren_agency})
                if (!agency.empty() && std::find(names.begin(), names.end(), agency) == names.end())
                    names.push_back(agency);
            return names;
        }
    }
    return std::nullopt;
}

} // namespace archive
