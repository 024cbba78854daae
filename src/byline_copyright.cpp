// The copyright notice closing a personal site's page, "© Jane Roe", "Copyright (c) 2012- Jane Roe. All rights
// reserved.", "(c) Anna Muster • Weitere Rechte siehe Impressum": it names the site's owner, who wrote the post when
// the page signs it nowhere else.
#include "classify.hpp"
#include "page.hpp"

#include "agency_signatures.hpp"
#include "bylines.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

namespace {

// "©", "(c)", "Copyright", "Copyright:": a mark of a copyright notice (case does not count).
bool copyright_mark(std::string_view w) {
    const std::string low = text::lower(w);
    return low == "\u00a9" || low == "(c)" || low == "copyright" || low == "copyright:";
}

// "2012", "2006-2008", "2012-", "-", "–": the years of a copyright notice, or the dash between them.
bool year_piece(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    }) && (w.find_first_of("0123456789") != std::string_view::npos || w == "-" || w == "\u2013");
}

// The owner a fact of a notice names: its marks and years, maybe "by", then a person's name of two or three words,
// its first a given name the lexicon knows (known_given_name_words: "© Harbour Tavern", "© Schlosswirt Juval" are a
// firm's), closed by the fact's end or by a stop or a comma glued to its last word.
std::optional<std::string> notice_owner(std::string_view fact) {
    // (The fact opens with its mark, or with "©" glued to a word: most facts are turned away on their first word,
    // before the fact is split.)
    std::size_t at = 0;
    if (const std::string_view opening = text::next_token(fact, at);
        !opening.starts_with("\u00a9") && !copyright_mark(opening))
        return std::nullopt;
    std::vector<std::string_view> words = text::split_ws(fact);
    std::size_t k = 0;
    bool marked = false;
    for (; k < words.size(); ++k) {
        std::string_view w = words[k];
        // ("©Jane", "©2020": the mark glued to the name or to the year.)
        if (w.starts_with("\u00a9") && w.size() > 2) {
            marked = true;
            words[k].remove_prefix(2);
            if (!year_piece(words[k]))
                break;
            continue;
        }
        if (copyright_mark(w))
            marked = true;
        else if (!(marked && year_piece(w)))
            break;
    }
    if (!marked)
        return std::nullopt;
    if (k < words.size() && text::lower(words[k]) == "by")
        ++k;
    const std::size_t most_words = 3;
    std::vector<std::string_view> name;
    bool closed = false;
    for (; k < words.size() && name.size() < most_words && !closed; ++k) {
        std::string_view w = words[k];
        // (A stop after an initial, "Jane B. Roe", does not close the name.)
        const std::size_t initial = 2;
        if (w.size() > initial && (w.back() == '.' || w.back() == ',')) {
            w.remove_suffix(1);
            closed = true;
        }
        name.push_back(w);
    }
    if (!closed && k < words.size())
        return std::nullopt; // (more words after the name: a firm's name or a sentence)
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    static const LexiconSection* forms = common_lexicon().section("company_form_words");
    if (name.size() < 2 || given == nullptr || !given->has(text::lower(name.front())) || !bare_name(name))
        return std::nullopt;
    // ("© 2020 Anna Muster Verlag": a third word is a firm's noun, unless the middle one is an initial or a particle,
    // "Jane B. Roe", "Anna de Luca".)
    if (name.size() == most_words && !(name[1].size() <= 2 || name[1].back() == '.' || !text::starts_upper(name[1])))
        return std::nullopt;
    if (forms != nullptr && std::any_of(name.begin(), name.end(), [](std::string_view w) {
            return forms->has(text::lower(w));
        }))
        return std::nullopt;
    return join_words(name);
}

// The words of a rights sentence of lexicon section agency_rights_notices ("All rights reserved", "Riproduzione
// riservata", "Tous droits réservés") opening `words` at `at`, a stop or comma closing its last; 0 for none.
std::size_t rights_words_at(const std::vector<std::string_view>& words, std::size_t at) {
    static const LexiconSection* rights = common_lexicon().section("agency_rights_notices"); // (looked up once)
    if (rights == nullptr || at >= words.size())
        return 0;
    std::size_t longest = 0;
    for (const LexiconWords phrase : rights->phrases()) {
        if (phrase.size() <= longest || at + phrase.size() > words.size())
            continue;
        std::size_t k = 0;
        for (; k < phrase.size(); ++k) {
            std::string_view w = words[at + k];
            while (!w.empty() && (w.back() == '.' || w.back() == ','))
                w.remove_suffix(1);
            if (text::lower(w) != phrase[k])
                break;
        }
        if (k == phrase.size())
            longest = phrase.size();
    }
    return longest;
}

// "dpa:261206-930-123456/1": the agency's id of a story, its spelling, a colon and figures cut by hyphens or slashes.
bool agency_story_id(std::string_view w) {
    const std::size_t colon = w.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= w.size() || !agency_id(w.substr(0, colon)))
        return false;
    const std::string_view figures = w.substr(colon + 1);
    return text::is_digit(static_cast<unsigned char>(figures.front())) &&
           std::all_of(figures.begin(), figures.end(),
                       [](char c) { return text::is_digit(static_cast<unsigned char>(c)) || c == '-' || c == '/'; });
}

} // namespace

std::optional<std::vector<std::string>> agency_copyright_line(std::string_view line) {
    const std::size_t most_notice = 240; // bytes: AP's notice with its sentences of rights
    const std::size_t most_name_words = 3;
    line = text::trim(line);
    if (line.size() < 4 || line.size() > most_notice)
        return std::nullopt;
    std::vector<std::string_view> words = text::split_ws(line);
    // (A notice opens with its mark or with a rights sentence: "Riproduzione riservata © Copyright ANSA". A label
    // before them, "Associated Press articles: Copyright ...", makes the line a site's footer on other texts.)
    std::size_t k = rights_words_at(words, 0);
    bool marked = false;
    for (; k < words.size(); ++k) {
        if (words[k].starts_with("\u00a9") && words[k].size() > 2) {
            marked = true;
            words[k].remove_prefix(2); // ("©2026", "©AFP": the mark glued to the year or the name)
        }
        if (copyright_mark(words[k])) {
            marked = true;
        } else if (marked && year_piece(words[k])) {
            continue;
        } else if (const std::size_t rights = marked ? rights_words_at(words, k) : 0; rights > 0) {
            k += rights - 1; // "© Riproduzione riservata ANSA"
        } else {
            break;
        }
    }
    if (!marked || k >= words.size())
        return std::nullopt;
    // The agency: its spelling or its full name ("Thomson Reuters", "Agencia EFE"), after an article perhaps ("The
    // Associated Press"), a stop or a comma glued to its last word.
    static const LexiconSection* articles = common_lexicon().section("agency_article_words"); // (looked up once)
    if (articles != nullptr && k + 1 < words.size() && articles->has(text::lower(words[k])))
        ++k;
    std::optional<std::string> id;
    std::size_t after = k;
    for (std::size_t count = std::min(most_name_words, words.size() - k); count > 0 && !id; --count) {
        const std::string_view first = words[k], last = words[k + count - 1];
        std::string_view name(first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data()));
        while (!name.empty() && (name.back() == '.' || name.back() == ','))
            name.remove_suffix(1);
        if ((id = agency_id(name)))
            after = k + count;
    }
    if (!id)
        return std::nullopt;
    // Then nothing, or its year, the agency's id of the story, or a rights sentence (and whatever it goes on with:
    // "All rights reserved. Reuse of the text needs ...").
    for (k = after; k < words.size(); ++k) {
        std::string_view w = words[k];
        while (!w.empty() && (w.back() == '.' || w.back() == ','))
            w.remove_suffix(1); // ("© EFE 2026. Todos los derechos reservados.")
        if (rights_words_at(words, k) > 0)
            return std::vector<std::string>{*id};
        if (!year_piece(w) && !agency_story_id(w))
            return std::nullopt;
    }
    return std::vector<std::string>{*id};
}

std::optional<std::string> copyright_owner(std::string_view line) {
    static constexpr std::string_view cuts[] = {"|", "\u2022", "\u00b7", "\u2666"};
    for (std::size_t from = 0; from < line.size();)
        if (auto owner = notice_owner(text::trim(next_fact(line, from, cuts))))
            return owner;
    return std::nullopt;
}

void mark_copyright_owner(Page& p) {
    if (!p.article.authors.empty() || std::find(p.role.begin(), p.role.end(), Role::byline) != p.role.end())
        return;
    // (The notice closes the page: its last lines, under the footer's links.)
    const std::size_t last_lines = 4;
    const std::size_t n = p.blocks.size();
    for (std::size_t i = n > last_lines ? n - last_lines : 0; i < n; ++i) {
        if (p.role[i] != Role::none && p.role[i] != Role::boilerplate)
            continue;
        if (auto owner = copyright_owner(p.blocks[i].text)) {
            p.role[i] = Role::byline;
            p.article.authors.push_back(std::move(*owner));
            return;
        }
    }
}

} // namespace archive
