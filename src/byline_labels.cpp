// What a byline's label settles about the words after it: a one-word name (a handle or a first name) that a colon
// or a date makes the author's, and the credits of the pictures printed beside the text's author.
#include "bylines.hpp"
#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>

namespace archive {

namespace {

// "Quill7", "Anna.Muster", "Dominika", "André": a capitalised one-word name or handle, three characters or
// more, no word of a language (a stopword of `stop_languages`, month, weekday, job title) and no agency.
bool capital_handle(std::string_view w, std::uint32_t stop_languages) {
    const std::size_t shortest = 3;
    if (w.size() < shortest || !text::starts_upper(w) || job_title_line(w) || agency_id(w))
        return false;
    // "SPÖ", "NASA": a word of capitals alone is a party's, a firm's or a desk's.
    if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
    if (bare_name_word(w, stop_languages))
        return true;
    // (An ASCII handle may glue capitals, figures, dots and underscores: "Quill7", "JaNe_R0e".)
    auto inner = [](char c) { return c == '.' || c == '-' || c == '_'; };
    if (w.front() < 'A' || w.front() > 'Z' || inner(w.back()))
        return false;
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || inner(c)))
            return false;
    const std::string low = text::lower(w);
    static const LexiconSection& weekdays = any_language_section("weekdays");
    // (A month's name opens a date; a handle's figure does not.)
    const bool figure = text::has_ascii_digit(w);
    return (stopword_languages(low) & stop_languages) == 0 && !weekdays.has(low) && (figure || !opens_date(w));
}

} // namespace

std::optional<std::string> labelled_handle(std::string_view rest, bool colon, std::uint32_t stop_languages) {
    // "Kira on 4 June 2022 | 7 Comments. The card is at the end ...": the facts after a bar or a bullet are
    // another's (the sentence after them no part of the byline).
    for (std::string_view cut : {" | ", " \u2022 "})
        if (const std::size_t at = rest.find(cut); at != std::string_view::npos && at > 0)
            rest = rest.substr(0, at);
    const auto words = text::split_ws(rest);
    if (words.empty())
        return std::nullopt;
    std::string_view name = words.front();
    // "von Anna, 3. März 2022": a comma closes the name.
    if (name.size() > 1 && name.back() == ',')
        name.remove_suffix(1);
    // ("Text: red": three small letters are a desk's mark, the German "red." of "Redaktion".)
    const std::size_t shortest_small = 4;
    const bool small = name.front() >= 'a' && name.front() <= 'z';
    if (!(small ? name.size() >= shortest_small && handle_name(name) : capital_handle(name, stop_languages)))
        return std::nullopt;
    // "Autor: mmuster": a colon's field holds the name alone.
    if (words.size() == 1)
        return colon ? std::optional<std::string>(name) : std::nullopt;
    // "jroe am 3. Juni 2018", "amuster · 12. März 2021", "Dominika — veröffentlicht 14.02.2021": the date
    // (or its label) follows the name, after a separator or a language's preposition of a day. ("By train on 3 May
    // 2021 we sailed to the isles.": a sentence goes on past the date, and a stop closes it.)
    const std::size_t most_words = 10;
    const char last = rest.back();
    if (!colon && (words.size() > most_words || last == '.' || last == '!' || last == '?'))
        return std::nullopt;
    std::size_t k = 1;
    if (date_separator(words[k]))
        ++k;
    static const LexiconSection& prepositions = any_language_section("date_prepositions");
    if (k < words.size() && prepositions.has(text::lower(words[k])))
        ++k;
    if (k < words.size() && (opens_date(words[k]) || opens_date_label(words, k)))
        return std::string(name);
    return std::nullopt;
}

namespace {

// "•", "·", "|", "-", "–", "—", "/": a mark alone between two credits of a byline line (lexicon section
// credit_separator_marks, the marks parting a caption from its credit).
bool credit_mark(std::string_view w) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    return marks != nullptr && marks->has(w);
}

} // namespace

std::string without_picture_credits(std::string_view rest) {
    static const LexiconSection& roles = any_language_section("picture_roles");
    static const LexiconSection& bylines = any_language_section("byline");
    const auto words = text::split_ws(rest);
    std::vector<std::string_view> kept;
    std::size_t piece_from = 0; // where the name being read starts among `kept`
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        std::string_view core = w;
        while (core.size() > 1 && (core.back() == ',' || core.back() == ';' || core.back() == ':'))
            core.remove_suffix(1);
        const bool parenthesis = core.size() > 2 && core.front() == '(' && core.back() == ')';
        if (parenthesis)
            core = core.substr(1, core.size() - 2);
        const std::string low = text::lower(core);
        if (roles.has(low)) {
            // "Max Poe (photography)": the name before the parenthesis is the photographer's.
            if (parenthesis) {
                kept.resize(piece_from);
                continue;
            }
            // "Foto: © Hafenbild", "Illustration von Max Roe", "photos by Max Poe": the label of a picture's credit
            // closes the text's authors.
            const std::string_view next = k + 1 < words.size() ? words[k + 1] : std::string_view();
            const bool label = w.back() == ':' || next == ":" || next == "de" || bylines.has(text::lower(next));
            // ("Texto de Ana Reis • Fotografia de Rui Lobo", "Por Ana Ruiz · Fotos de Luis Gil": the mark between
            // the text's credit and the picture's goes with the picture's.)
            while (label && !kept.empty() && credit_mark(kept.back()))
                kept.pop_back();
            if (label && k > 0)
                break;
        }
        // "(reporting)", "(Text)", "(Redakteurin)": a role in small letters, the text's own or a job title is no part
        // of a name.
        if (parenthesis && (bylines.has(low) || job_title_line(low) ||
                            std::all_of(core.begin(), core.end(), [](char c) { return c >= 'a' && c <= 'z'; })))
            continue;
        // "Anna Muster (Pressestelle)", "Jane Roe (Hrsg.)": one word in a parenthesis closing a name is the person's
        // desk or role, unless it is an agency's ("Jane Roe (AFP)").
        const bool closes_name = k + 1 == words.size() || author_joiner(words[k + 1]);
        if (parenthesis && k > 0 && closes_name && !agency_id(core))
            continue;
        // "Jane Roe (Sponsored Post), ...", "Anna Muster (Pressesprecherin des Vereins)": a parenthesis of several
        // words names no author, unless a joiner opens it ("(avec Odile Marchal)") or it is an agency's.
        if (!parenthesis && w.size() > 1 && w.front() == '(' && !author_joiner(w.substr(1))) {
            std::size_t close = k;
            while (close < words.size() && words[close].find(')') == std::string_view::npos)
                ++close;
            if (close < words.size()) {
                const std::string_view inside = rest.substr(
                    static_cast<std::size_t>(w.data() + 1 - rest.data()),
                    static_cast<std::size_t>(words[close].data() + words[close].find(')') - (w.data() + 1)));
                if (!agency_id(text::collapse(inside))) {
                    // ("(Sponsored Post)," keeps the comma that closes the name.)
                    if (const auto tail = words[close].substr(words[close].find(')') + 1); !tail.empty()) {
                        kept.push_back(tail);
                        piece_from = kept.size();
                    }
                    k = close;
                    continue;
                }
            }
        }
        kept.push_back(w);
        if (author_joiner(w) || w.back() == ',' || w.back() == ';')
            piece_from = kept.size();
    }
    // (A dropped name leaves the joiner or the comma that led to it.)
    while (!kept.empty() && author_joiner(kept.front()))
        kept.erase(kept.begin());
    while (!kept.empty() && author_joiner(kept.back()))
        kept.pop_back();
    std::string out;
    for (auto w : kept) {
        if (!out.empty())
            out += ' ';
        out.append(w);
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ';'))
        out.pop_back();
    return out;
}

bool handle_only(const std::vector<std::string>& authors) {
    return authors.size() == 1 && authors.front().find(' ') == std::string::npos && !authors.front().empty() &&
           authors.front().front() >= 'a' && authors.front().front() <= 'z';
}

bool full_names(const std::vector<std::string>& names) {
    return !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& n) {
        return n.find(' ') != std::string::npos && !agency_id(n);
    });
}

bool colon_byline_label(std::string_view line) {
    const std::size_t colon = line.find(':');
    return colon != std::string_view::npos && colon > 0 && byline_word(line.substr(0, colon + 1));
}

bool colon_labelled_name(std::string_view line, std::string_view name) {
    for (std::size_t at = line.find(name); at != std::string_view::npos; at = line.find(name, at + 1)) {
        std::string_view before = line.substr(0, at);
        while (!before.empty() && before.back() == ' ')
            before.remove_suffix(1);
        if (before.empty() || before.back() != ':')
            continue;
        // (The label opens the line or a piece of it: "| Autor:", "\u2022 Author:".)
        std::size_t from = 0;
        for (std::string_view cut : {"|", "\u2022", "\u00b7"})
            if (const std::size_t c = text::rfind_mark(before, cut); c != std::string_view::npos)
                from = std::max(from, c + cut.size());
        if (colon_byline_label(text::collapse(before.substr(from))))
            return true;
    }
    return false;
}

} // namespace archive
