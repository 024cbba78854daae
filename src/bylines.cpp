// Bylines of the classify stage: the byline line and the authors it names, a bare name over a date line and a name
// opening one. Photo credits and captions are in credits.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <set>

namespace archive {

namespace {

// A person's name: 1 to 5 words, each capitalised (particles allowed), no digits.
bool name_like(std::string_view s) {
    auto words = text::split_ws(s);
    if (words.empty() || words.size() > 5)
        return false;
    int capitalised = 0;
    for (auto w : words) {
        for (char c : w)
            if (c >= '0' && c <= '9')
                return false;
        if (text::starts_upper(w))
            ++capitalised;
        else if (!name_particle(w))
            return false;
    }
    return capitalised >= 1;
}

// A piece of a byline holding a word of a job title ("Senior Staff Writer", "Redakteurin", "rédactrice en chef").
bool job_title(std::string_view piece) {
    static const LexiconSection& titles = any_language_section("job_title_words"); // merged once
    // (A token at a time: no vector of a whole paragraph's words when `piece` is a line of text.)
    for (std::size_t k = 0; k < piece.size();) {
        const std::string_view w = text::next_token(piece, k);
        if (w.empty())
            break;
        const text::LowerCased lowered(w); // (on the stack: a word, not a string allocated for every one)
        std::string_view low = lowered.view();
        while (!low.empty() && (low.back() == ',' || low.back() == '.' || low.back() == ':'))
            low.remove_suffix(1);
        // "Online-Redakteurin", "News-Redaktion": a compound's last part names the job.
        const std::size_t hyphen = low.rfind('-');
        if (titles.has(low) || (hyphen != std::string_view::npos && titles.has(low.substr(hyphen + 1))))
            return true;
    }
    return false;
}

// "Jane RoeStaff Writer", "Anna MusterRedakteurin": a page that dropped the space between the name and the job title
// after it glues a small letter to a capital that opens a job title's word; the name is what comes before.
std::string without_glued_title(const std::string& piece) {
    for (std::size_t k = 1; k < piece.size(); ++k)
        if (std::islower(static_cast<unsigned char>(piece[k - 1])) &&
            std::isupper(static_cast<unsigned char>(piece[k])) &&
            job_title(text::first_token(std::string_view(piece).substr(k))))
            return text::collapse(std::string_view(piece).substr(0, k));
    return piece;
}

std::vector<std::string> split_authors(std::string_view names, const std::vector<std::string>& joiners) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&]() {
        std::string n = text::collapse(cur);
        while (!n.empty() && (n.back() == ',' || n.back() == '.' || n.back() == ';' || n.back() == ':'))
            n.pop_back();
        if (!n.empty())
            out.push_back(n);
        cur.clear();
    };
    for (auto w : text::split_ws(names)) {
        std::string low = text::lower(w);
        if (std::find(joiners.begin(), joiners.end(), low) != joiners.end() || w == "&") {
            flush();
            continue;
        }
        cur += ' ';
        cur += w;
        if (w.back() == ',' || w.back() == ';')
            flush();
    }
    flush();
    return out;
}

// "march", "märz", "mars": a word, lower-cased already, that names a month in one of the lexicon's languages.
bool month_name(std::string_view low) {
    return std::any_of(languages().begin(), languages().end(),
                       [low](const Lexicon* lex) { return lex->months.find(low) != lex->months.end(); });
}

// "Roe3.11.2023", "Muster22": a word of a bare name with figures glued to its end (a page that dropped the space
// between a name and the date, or a note's mark after the name) -> the number of the name's bytes; 0 when the word is
// no such word ("Apr16": a month opens no name).
std::size_t glued_figures(std::string_view w) {
    std::size_t k = 0;
    while (k < w.size() && (w[k] < '0' || w[k] > '9'))
        ++k;
    if (k == 0 || k == w.size() || !text::starts_upper(w))
        return 0;
    return bare_name_word(w.substr(0, k)) ? k : 0;
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
        bool date = text::has_ascii_digit(words[k]) ||
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

} // namespace

// "flerche", "mady", "jane_roe", "k.lee": a blog's author signing a date line with a handle in small letters, one word
// of three ASCII characters or more (letters and figures, a dot, a hyphen or an underscore inside), opened by a letter
// and no word of a language: no stopword, job title, month, weekday or day word ("by hand", "von heute", "by staff").
bool handle_name(std::string_view w) {
    const std::size_t shortest = 3;
    auto inner = [](char c) { return c == '.' || c == '-' || c == '_'; };
    if (w.size() < shortest || w.front() < 'a' || w.front() > 'z' || inner(w.back()))
        return false;
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || inner(c)))
            return false;
    static const LexiconSection& weekdays = any_language_section("weekdays");
    static const LexiconSection& day_words = any_language_section("relative_day_words");
    return stopword_languages(w) == 0 && !job_title(w) && !weekdays.has(w) && !day_words.has(w) && !month_name(w);
}

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

} // namespace

bool byline_word(std::string_view line) {
    if (!may_open_byline(line) || opens_with_other_word(line))
        return false;
    // "Autor:" / "Anna Muster": a label's colon closes the byline word alone on its line.
    std::string low = text::lower(text::collapse(line));
    if (!low.empty() && low.back() == ':')
        low = text::collapse(low.substr(0, low.size() - 1));
    return byline_words().has(low);
}

std::optional<std::vector<std::string>> byline_authors(std::string_view line, std::string_view language,
                                                       bool lone_names) {
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
    if (const auto rest = after_colon_label(line); rest && !rest->empty())
        return byline_authors("by: " + std::string(*rest), language, lone_names);
    // "Energiewende", "Twitter", "E-Mail", "Dr.": a line of one token of ASCII bytes (a menu's entry, most lines
    // that open as a byline may) is its own collapsed text and holds no space or colon to close a byline word, unless
    // a byline word glued to a name is cut off it ("ByJane"), which glues a small letter to a capital within the
    // line's first letters (glued_front()) while the byline words are letters only.
    static const bool letter_words = std::all_of(
        byline_words().entries.begin(), byline_words().entries.end(), [](const std::string& e) {
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
            // "Text Outline Colour" (a player's setting): "Text", "Texte" name the author only before a colon.
            if (!colon && colon_only_label(word))
                continue;
            // "Autor: mmuster", "Gespeichert von jroe am 3. Juni 2018": a handle that the label's colon or the
            // date after it makes the author's.
            const auto handle = labelled_handle(rest, colon);
            if (!text::starts_upper(rest)) {
                if (lone_names && handle_name(rest))
                    return std::vector<std::string>{rest};
                if (handle)
                    return std::vector<std::string>{*handle};
                continue;
            }
            // "Par Lucien Ferrand (avec Odile Marchal)": the parenthesis holds co-authors.
            std::string flat;
            for (char c : without_picture_credits(rest))
                if (c != '(' && c != ')')
                    flat += c;
            flat = before_date(flat);
            std::vector<std::string> joiners = lex->list("author_joiners");
            for (const Lexicon* other : languages())
                for (const auto& j : other->list("author_joiners"))
                    joiners.push_back(j);
            // Keep the leading run of name-like pieces ("By A, B and C"); without a joiner the comma opens
            // a job title ("By A, Senior Writer" keeps A).
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
                flat = flat.substr(0, flat.find(','));
            }
            std::vector<std::string> names;
            bool first_piece = true;
            for (auto& piece : split_authors(flat, joiners)) {
                // "Jane Doe | Reuters", "Jean Dupont - Le Monde": cut at a separator.
                auto bar = piece.find(" |");
                if (bar != std::string::npos)
                    piece = piece.substr(0, bar);
                // "Ana Souza - Repórter da Agência Brasil", "Jean Dupont – Envoyé spécial": a dash closes the name
                // with the author's job; an agency named at the job's end is kept after the name (a source).
                std::string job_agency;
                if (auto dash = dash_before_job(piece, job_agency))
                    piece = text::collapse(std::string_view(piece).substr(0, *dash));
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
                }
                // "Anna Muster/dpa", "Jane Roe / harbour-news.example": a slash closes the name with its agency, kept
                // after it (a source), or with the paper's site, dropped; "Jane Roe / John Doe" joins two names.
                std::vector<std::string> after_slash;
                if (auto slash = piece.find('/'); slash != std::string::npos && slash > 0) {
                    std::string_view tail = std::string_view(piece).substr(slash + 1);
                    for (std::size_t from = 0; from <= tail.size();) {
                        std::size_t to = std::min(tail.find('/', from), tail.size());
                        std::string part = text::collapse(tail.substr(from, to - from));
                        if (agency_id(part) ||
                            (name_like(part) && text::split_ws(part).size() >= 2 &&
                             stopword_languages(text::lower(text::first_token(part))) == 0))
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
                if (!first_piece && job_title(piece))
                    break;
                first_piece = false;
                // "Autor: Rechtsanwalt Max Beispiel", "Par avocat Jean Dupont": a job title before a name of two
                // words or more is no part of it.
                if (auto words = text::split_ws(piece); words.size() >= 3 && job_title(words.front()))
                    piece = text::collapse(std::string_view(piece).substr(
                        static_cast<std::size_t>(words[1].data() - piece.data())));
                // "Von Stadtplänen, Bau-Politik und ...": a lone capitalised word is a German noun or a title
                // word, not a person; a lone agency ("Par AFP") is a source.
                const bool lone = text::split_ws(piece).size() < 2;
                if (!name_like(piece) || (lone && !agency_id(piece) && (!lone_names || !bare_name_word(piece))))
                    break;
                // "By The Harbour Weekly", "Par Le Petit Journal": a name opened by an article or another small
                // word of a language is a paper's or a site's, not a person's: the line is a byline naming nobody.
                // ("By Will Knight": a given name spelled like a small word opens a person's name.)
                const auto piece_words = text::split_ws(piece);
                if (stopword_languages(text::lower(piece_words.front())) != 0 && !name_word_at(piece_words, 0)) {
                    if (names.empty())
                        return names;
                    break;
                }
                names.push_back(piece);
                if (!job_agency.empty())
                    after_slash.push_back(job_agency);
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
            return names;
        }
    }
    return std::nullopt;
}

// A word of a bare name: capitalised, or a particle of a name ("von", "de"), no digit, no stopword of a language (but
// the particles) and no other character than letters, a full stop ("J."), a hyphen or an apostrophe.
bool bare_name_word(std::string_view w) {
    if (name_particle(w))
        return true;
    if (!text::starts_upper(w))
        return false;
    const std::string low = text::lower(w);
    if (stopword_languages(low) != 0)
        return false;
    // A month or a day of the week opens the date after the name ("Jane Roe March 3, 2021", "Founded February").
    static const LexiconSection& weekdays = any_language_section("weekdays");
    if (weekdays.has(low) || month_name(low))
        return false;
    // "ByJane", "DJV-Online": a capital after a small letter glues two words ("McRae" is a name); "EC", "TV": an
    // acronym of two or three capitals names a firm or a desk.
    std::size_t capitals = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const auto u = static_cast<unsigned char>(w[k]);
        if (u < 0x80 && !std::isalpha(u) && w[k] != '.' && w[k] != '-' && w[k] != '\'')
            return false;
        if (std::isupper(u)) {
            ++capitals;
            if (k > 0 && std::islower(static_cast<unsigned char>(w[k - 1])) && w.substr(0, k) != "Mc")
                return false;
        }
    }
    return !(w.size() <= 3 && capitals == w.size());
}

namespace {

std::string join_words(const std::vector<std::string_view>& words) {
    std::string out;
    for (auto w : words) {
        if (!out.empty())
            out += ' ';
        out.append(w);
    }
    return out;
}

// 2 to 4 words of a bare name, the first and last capitalised, not an agency's name.
bool bare_name(const std::vector<std::string_view>& words) {
    if (words.size() < 2 || words.size() > 4 || !text::starts_upper(words.front()) ||
        !text::starts_upper(words.back()))
        return false;
    for (std::size_t k = 0; k < words.size(); ++k)
        if (!name_word_at(words, k))
            return false;
    const std::string name = join_words(words);
    return !agency_id(name) && !agency_tag(name);
}

} // namespace

std::optional<std::string> name_line(std::string_view line) {
    const auto words = text::split_ws(line);
    if (!bare_name(words))
        return std::nullopt;
    return text::collapse(line);
}

// "|", "-", "•", "/": a mark standing between a byline's name and its date. ("Jane Roe , Apr 16, 2015": a comma
// standing alone is one too.)
bool date_separator(std::string_view w) {
    static const std::set<std::string_view> separators = {"|",      "-", "\u2013", "\u2014", "\u2022",
                                                          "\u00b7", "/", "\u22c5", ","};
    return separators.count(w) != 0;
}

// "3", "4.", "Februar", "mars", "Freitag,": a word that opens a date, a figure or a month's or a weekday's name in
// any language.
bool opens_date(std::string_view w) {
    if (text::has_ascii_digit(w))
        return true;
    std::string low = text::lower(w);
    while (!low.empty() && (low.back() == '.' || low.back() == ','))
        low.pop_back();
    static const LexiconSection& weekdays = any_language_section("weekdays");
    return weekdays.has(low) || month_name(low);
}

// "Updated March 3", "Aktualisiert am 3. März", "Publié le 12 mars": the words from `from` on open a label of a date
// (opens_with_date_label(), over their lower-cased forms).
bool opens_date_label(const std::vector<std::string_view>& words, std::size_t from) {
    const std::size_t most_label_words = 4;
    std::vector<std::string> low;
    for (std::size_t k = from; k < words.size() && k < from + most_label_words; ++k)
        low.push_back(text::lower(words[k]));
    const std::vector<std::string_view> views(low.begin(), low.end());
    return opens_with_date_label(views);
}

std::optional<std::string> name_before_date(std::string_view line) {
    const auto words = text::split_ws(line);
    std::size_t k = 0;
    while (k < words.size() && !date_separator(words[k]) && name_word_at(words, k))
        ++k;
    if (k == words.size())
        return std::nullopt;
    std::vector<std::string_view> name(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
    // "Jane Roe Updated March 3, 2021", "Anna Muster Zuletzt geändert am 6. März 2023": the label of the date after
    // the name, whose capitalised words were read as the name's.
    for (std::size_t j = 2; j <= k && j < words.size(); ++j)
        if (opens_date_label(words, j)) {
            name.resize(j);
            return bare_name(name) ? std::optional<std::string>(join_words(name)) : std::nullopt;
        }
    // What follows the name: a separator, or the date's first word (a number, or a month's name and a number).
    const std::string_view next = words[k];
    const bool digit = text::has_ascii_digit(next);
    // "Anna Muster am 4. Februar 2022", "Jane Roe on 3 May 2021", "Jeanne Morel le 12 mars 2022": a language's
    // preposition of a day (lexicon section date_prepositions) between the name and the date; "le", "de" were read as
    // particles of the name.
    static const LexiconSection& prepositions = any_language_section("date_prepositions");
    if (const std::size_t letters = glued_figures(next); letters > 0) {
        // "ANNA MUSTER3.11.2023": the date glued to the name's last word.
        name.push_back(next.substr(0, letters));
    } else if (!date_separator(next) && !digit &&
               !(prepositions.has(text::lower(next)) && k + 1 < words.size() && opens_date(words[k + 1]))) {
        return std::nullopt;
    }
    if (name.size() > 2 && prepositions.has(name.back()) && opens_date(next))
        name.pop_back();
    // "Jane Roe, 3 May": a comma glued to the last word of the name.
    if (!bare_name(name))
        return std::nullopt;
    return join_words(name);
}

std::optional<std::string> name_after_date(std::string_view line, std::string_view rest) {
    auto words = text::split_ws(line);
    // "Anna Muster 1 Kommentar Hafen, Fähren": the count of the post's comments closes the name, the categories
    // after it are none of it.
    words.resize(comment_count_at(words));
    // "Jane Roe 6": the count of the article's comments after the name.
    if (words.size() > 3 && std::all_of(words.back().begin(), words.back().end(), [](char c) {
            return c >= '0' && c <= '9';
        }))
        words.pop_back();
    // The name is the run of a bare name's words closing the line, after the date ("The Harbour Post 02/10/2020 Jane
    // Roe": the paper is printed before the date); its words are among those the date left (`rest`: "13:10 Uhr Jane
    // Roe" leaves "Uhr", a word of the time, out).
    std::size_t from = name_run_start(words);
    if (from == 0)
        return std::nullopt;
    auto tail = [&words](std::size_t k) {
        return std::vector<std::string_view>(words.begin() + static_cast<std::ptrdiff_t>(k), words.end());
    };
    while (words.size() - from > 2 && rest.find(join_words(tail(from))) == std::string_view::npos)
        ++from;
    const std::vector<std::string_view> name = tail(from);
    // "12:00 A. M.": initials alone are no name. "27.01.2020 Soziales & Gesundheit Startseite": the words before the
    // name close the date (a figure, a word of the time, a separator); others make it a run of a menu's words.
    const bool initials = std::all_of(name.begin(), name.end(), [](std::string_view w) { return w.ends_with('.'); });
    if (initials || !bare_name(name) || rest.find(join_words(name)) == std::string_view::npos)
        return std::nullopt;
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    const std::string_view before = words[from - 1];
    const bool closes_date = text::has_ascii_digit(before) || date_separator(before) || (fillers != nullptr && fillers->has(text::lower(before)));
    if (!closes_date)
        return std::nullopt;
    return join_words(name);
}

namespace {

// A post's facts are cut apart by bars, bullets or a slash between spaces.
constexpr std::string_view fact_cuts[] = {"|", "\u2022", "\u00b7", " / "};

} // namespace

std::optional<std::vector<std::string>> cut_byline_authors(std::string_view line, std::string_view language) {
    for (std::size_t from = 0; from < line.size();) {
        std::size_t to = line.size(), cut_len = 0;
        for (std::string_view cut : fact_cuts)
            if (std::size_t at = line.find(cut, from); at != std::string_view::npos && at < to)
                to = at, cut_len = cut.size();
        if (auto names = from > 0 ? byline_authors(line.substr(from, to - from), language) : std::nullopt;
            names && !names->empty())
            return names;
        from = to + cut_len;
    }
    return byline_after_figures(line, language);
}

std::optional<std::vector<std::string>> post_facts_authors(std::string_view line, std::string_view language) {
    const auto lead = leading_date(line, language);
    if (!lead) {
        auto names = cut_byline_authors(line, language);
        // "Jane Roe / 14.03.2023 / 09:42 / Photo: Harbour Post / 150": the author's name opens the facts, then the date.
        if (!names)
            if (auto name = name_before_date(line))
                names = std::vector<std::string>{*name};
        return names;
    }
    std::string_view after = line.substr(std::min(line.size(), lead->end));
    // "05.02.2021 | Redaktion: Jane Roe (Pressestelle)": a bar or a bullet between the date and the byline's label.
    if (const auto label = byline_after_date(line, lead->end))
        after = line.substr(*label);
    // "Anna | Kultur", "Jane Roe / Categories: News", "Jeanne • Actualités": the author's fact ends at a cut.
    for (std::string_view cut : fact_cuts)
        after = after.substr(0, after.find(cut));
    return byline_authors(without_categories(after), language, true);
}

std::string_view without_categories(std::string_view byline) {
    // "von Anna in Allgemein, Kultur", "par Jeanne dans Actualités", "Von Henry In Aktuell": the categories follow the
    // author's name (a word of the lexicon section post_category_words, in small letters or capitalised on a line
    // whose words all are, then a capital).
    const auto words = text::split_ws(byline);
    static const LexiconSection& categories = any_language_section("post_category_words");
    for (std::size_t k = 2; k + 1 < words.size(); ++k) {
        const auto at = static_cast<std::size_t>(words[k].data() - byline.data());
        if (categories.has(text::lower(words[k])) && text::starts_upper(words[k + 1]))
            return byline.substr(0, at);
        // "von Kira Kategorien: Allgemein", "par Jeanne Morel Catégories : Société": another fact's label, closed by
        // a colon, after the name ("Text und Fotos: Anna Muster" is a byline's label whole).
        const std::string_view colon = words[k].ends_with(':') ? words[k] : words[k + 1] == ":" ? words[k + 1] : "";
        if (!colon.empty() && !byline_word(byline.substr(0, static_cast<std::size_t>(colon.data() - byline.data()) +
                                                                colon.size())))
            return byline.substr(0, at);
    }
    return byline;
}

bool job_title_line(std::string_view line) {
    return job_title(line);
}

bool author_joiner(std::string_view w) {
    static const LexiconSection& joiners = any_language_section("author_joiners");
    return w == "&" || joiners.has(text::lower(w));
}

std::optional<std::vector<std::string>> names_line(std::string_view line) {
    const std::size_t most_names = 4;
    // Four names of four words at most (bare_name()), a joiner between two of them: a line of more tokens holds no
    // names alone. (The lines under a headline and around a name are often paragraphs of the text: they are turned
    // away after twenty tokens instead of having every word looked up.)
    const std::size_t most_name_words = 4, most_tokens = most_names * most_name_words + (most_names - 1);
    if (more_tokens_than(line, most_tokens))
        return std::nullopt;
    std::vector<std::string> names;
    std::vector<std::string_view> piece;
    // A piece of the line is one name, no job title ("Senior Reporter") and no button of the page's furniture that
    // closes an article ("Medien Kommentieren", lexicon section terminators): "Marwan Adwan1" drops the mark of its
    // note.
    static const LexiconSection& furniture = any_language_section("terminators");
    auto close = [&]() {
        if (piece.empty())
            return false;
        if (const std::size_t letters = glued_figures(piece.back()); letters > 0)
            piece.back() = piece.back().substr(0, letters);
        const bool other = std::any_of(piece.begin(), piece.end(), [](std::string_view w) {
            return job_title(w) || furniture.has(text::lower(w));
        });
        if (other || !bare_name(piece))
            return false;
        names.push_back(join_words(piece));
        piece.clear();
        return true;
    };
    for (std::string_view w : text::split_ws(without_closing_role(line))) {
        if (author_joiner(w)) {
            if (!close())
                return std::nullopt;
            continue;
        }
        const bool comma = w.back() == ',';
        piece.push_back(comma ? w.substr(0, w.size() - 1) : w);
        if (comma && !close())
            return std::nullopt;
    }
    if (!close() || names.size() > most_names)
        return std::nullopt;
    return names;
}

} // namespace archive
