// The author's box among the last lines of the article's region (trim_region(), region_edges.cpp): the shapes of a
// writer's bio (under the name alone or the surname, a byline, a role, a label, or with no name), the people a
// paragraph of the text names, the box's title over a name; trim_author_box(), the region cut over one box or several,
// and what leaves the body: the boxes presenting a wire's writers (drop_wire_bios()) and the author's box
// (drop_author_box()).
#include "classify.hpp"
#include "page.hpp"
#include "region_edge_parts.hpp"
#include "region_parts.hpp"

#include "bylines.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace archive {

namespace {

// "About the author / Jane Doe / Jane Doe is a senior writer for Harbour Weekly.": the author's box closes the
// article; it leaves the region with the short lines over it (its title, the name, a picture's label). Only among
// the region's last blocks, so that a paragraph about a reporter inside the article stays.
// "Jane Roe / Jane Roe joined the paper in 2019. She covers the harbour and its ferries.": the author's name alone
// over a paragraph that opens with it and names a job of the press, whatever its verb.
bool named_bio(const Block& name, const Block& bio) {
    const int most = 90; // words of a bio
    if (name.words < 2 || name.words > 4 || name.end_punct || name.upper_initial != name.words || !bio.end_punct ||
        bio.words < 8 || bio.words > most || bio.text.size() <= name.text.size() || bio.text[name.text.size()] != ' ' ||
        !bio.text.starts_with(name.text))
        return false;
    static const LexiconSection& roles = any_language_section("bio_words"); // (merged once)
    const text::Words words = bio.lower_words();
    return roles.has_any(words);
}

// "JANE ROE / Roe covers the courts for The Harbour Post.", "ANNA KELLER / Keller berichtet für die Agentur aus dem
// Landtag.": a wire's box presenting each of its writers, the name alone on its line (its words capitalised, in
// capitals or not) over a sentence opening with the name's last word, the surname, then a verb of the box
// ([bio_verbs]) and a job of the press ([bio_words], "covers", "berichtet" among them) within a few words. Shorter
// than named_bio()'s: a wire's bio is one sentence of five words or more.
bool surname_bio(const Block& name, const Block& bio) {
    const int least_words = 5, most_words = 40;
    if (name.words < 2 || name.words > 4 || name.end_punct || name.upper_initial != name.words || !bio.end_punct ||
        bio.words < least_words || bio.words > most_words || !text::starts_upper(bio.text))
        return false;
    const std::string_view surname = text::last_token(name.text);
    std::size_t at = 0;
    const std::string_view first = text::next_token(bio.text, at);
    if (first.size() != surname.size() || text::lower(first) != text::lower(surname))
        return false;
    static const LexiconSection& verbs = any_language_section("bio_verbs"); // (merged once)
    static const LexiconSection& roles = any_language_section("bio_words");
    const text::Words words = bio.lower_words();
    return words.size() > 2 && verbs.has(words[1]) && roles.has_any(words);
}

// "Jane Roe / + Follow / Jane Roe grew up by the harbour and has walked its piers for forty years.": the name of the
// article's author, printed again from its byline, over a paragraph that opens with it (past a button of a word or
// two) is the author's box, whatever the paragraph tells of her.
bool bylined_bio(const Page& p, std::size_t k, std::size_t rs) {
    const Block& bio = p.blocks[k];
    if (!bio.end_punct || bio.words < 8 || bio.words > 90)
        return false;
    // "By Jane Roe @janeroe / Jane has covered the harbour since ...": a byline right over it, the paragraph opening
    // with the author's first name.
    // ("@janeroe", her handle, is left out of the byline.)
    std::string_view over = p.blocks[k - 1].text;
    if (std::size_t space = over.rfind(' '); space != std::string_view::npos && over[space + 1] == '@')
        over = over.substr(0, space);
    if (p.blocks[k - 1].words <= 8 && !p.blocks[k - 1].end_punct)
        if (auto names = byline_authors(over, p.language); names && !names->empty()) {
            std::size_t at = 0;
            std::string_view first = text::next_token(names->front(), at);
            if (first.size() >= 2 && bio.text.size() > first.size() && bio.text[first.size()] == ' ' &&
                bio.text.starts_with(first))
                return true;
        }
    for (std::size_t j = k - 1; j >= rs && j + 2 >= k; --j) {
        const Block& name = p.blocks[j];
        bool shape = name.words >= 2 && name.words <= 4 && !name.end_punct && name.upper_initial == name.words;
        if (shape && name.repeats > 0 && bio.text.size() > name.text.size() && bio.text[name.text.size()] == ' ' &&
            bio.text.starts_with(name.text))
            return true;
        if (j == k - 2 || name.words > 2 || name.end_punct || j == 0)
            return false;
    }
    return false;
}

// "Jane Roe / Senior audio editor / Jane has tested headphones for the site since 2019.", "Anna Muster / Redakteurin
// Technik / Anna Muster testet seit 2019 Kopfhörer.": the author's box of a magazine or a review site, the name alone
// on its line (two to four capitalised words), her job on the next one (a few words without a stop, a job title or a
// job of the press, lexicon section bio_words), then a paragraph opening with her name or her first name. A first name
// alone is hers only when the page prints her full name on another line too (its byline).
bool role_bio(const Page& p, std::size_t k, std::size_t rs) {
    const int most_role_words = 5;
    if (k < rs + 2)
        return false;
    const Block& bio = p.blocks[k];
    const Block& role = p.blocks[k - 1];
    const Block& name = p.blocks[k - 2];
    if (!bio.end_punct || bio.words < 8 || bio.words > 90 || role.words < 1 || role.words > most_role_words ||
        role.end_punct || role.urls > 0 || name.words < 2 || name.words > 4 || name.end_punct || name.digits > 0 ||
        name.upper_initial != name.words)
        return false;
    auto opens_with = [&bio](std::string_view start) {
        return start.size() >= 2 && bio.text.size() > start.size() && bio.text[start.size()] == ' ' &&
               bio.text.starts_with(start);
    };
    std::size_t at = 0;
    const std::string_view first = text::next_token(name.text, at);
    const bool full = opens_with(name.text);
    if (!full && !opens_with(first))
        return false;
    static const LexiconSection& roles = any_language_section("bio_words"); // (merged once)
    if (!roles.has_any(role.lower_words()) && !job_title_line(role.text))
        return false;
    if (full)
        return true;
    for (std::size_t j = 0; j + 2 < k; ++j)
        if (p.blocks[j].text.find(name.text) != std::string::npos)
            return true;
    return false;
}

// "Unsere Expertin / Anna Roth / Anna ist gelernte Floristin und schreibt seit 2020 für den Ratgeber.", "Meet the
// expert / Tom Hale / Hale has trained guide dogs for twenty years.": a box's title (lexicon sections
// author_box_titles, expert_box_titles; its colon perhaps) over a bare name of two to four capitalised words, over a
// sentence opening with that name's first word or its last, presents the author or the expert, whatever the job.
bool labelled_bio(const Block& title, const Block& name, const Block& bio) {
    const int most_title_words = 4, most_bio_words = 90;
    if (title.words > most_title_words || title.urls > 0 || name.words < 2 || name.words > 4 || name.end_punct ||
        name.upper_initial != name.words || !bio.end_punct || bio.words < 5 || bio.words > most_bio_words)
        return false;
    const std::string_view opening = text::first_token(bio.text);
    if (opening != text::first_token(name.text) && opening != text::last_token(name.text))
        return false;
    std::string_view low = text::trim(title.lower);
    while (!low.empty() && low.back() == ':')
        low.remove_suffix(1);
    return any_language_has("author_box_titles", low) || any_language_has("expert_box_titles", low);
}

} // namespace

// "É jornalista e escreve sobre economia desde 2010.", "Journaliste, elle couvre la justice depuis 2015.", "Ist seit
// 2015 Redakteurin im Ressort Stadt.": the author's box printed without her name, as the region's last line: one
// sentence of four to 30 words opening with a job of the press ([bio_words]) and its comma, or with a verb of the box
// ([bio_verbs]) and such a job among its next three words. "É jornalista e trabalha no porto desde 2010, disse o
// vizinho.", "Journaliste, il couvre la commune depuis 2015, a rappelé un témoin.": a verb of saying of the language
// ([speech_verbs]) after a later comma reports somebody's words, a sentence of the article.
bool nameless_bio(const Block& bio, std::string_view language) {
    const int least_words = 4, most_words = 30;
    const std::size_t job_within = 3;
    if (!bio.end_punct || bio.words < least_words || bio.words > most_words || bio.urls > 0 ||
        bio.text.back() != '.' || !text::starts_upper(bio.text))
        return false;
    const std::string_view low = bio.lower;
    if (low.find(". ") != std::string_view::npos)
        return false;
    static const LexiconSection& verbs = any_language_section("bio_verbs"); // (merged once)
    static const LexiconSection& roles = any_language_section("bio_words");
    auto bare = [](std::string_view t) {
        while (!t.empty() && (t.back() == ',' || t.back() == '.' || t.back() == ';'))
            t.remove_suffix(1);
        return t;
    };
    std::size_t at = 0;
    const std::string_view first = text::next_token(low, at);
    bool opens = false;
    if (first.size() > 1 && first.back() == ',') {
        opens = roles.has(bare(first));
    } else if (verbs.has(first)) {
        for (std::size_t k = 0; k < job_within && !opens; ++k) {
            const std::string_view t = text::next_token(low, at);
            if (t.empty())
                break;
            opens = roles.has(bare(t));
            if (t.back() == ',')
                break;
        }
    }
    if (!opens)
        return false;
    const Lexicon* lex = lexicon(language);
    bool after_comma = false;
    for (std::string_view t = text::next_token(low, at); !t.empty(); t = text::next_token(low, at)) {
        if (after_comma && lex != nullptr && lex->has_speech_verb(bare(t)))
            return false;
        after_comma = after_comma || t.back() == ',';
    }
    return true;
}

bool people_amid_text(const Page& p, std::size_t k) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_prose = 8;
    std::size_t first = k, last = k;
    while (first > 0 && author_bio(blocks[first - 1]))
        --first;
    while (last + 1 < n && author_bio(blocks[last + 1]))
        ++last;
    if (last == first || last + 1 >= n)
        return false;
    const Block& b = blocks[last + 1];
    return b.words >= least_prose && b.end_punct && textual(p.raw_quality[last + 1]) && !closing_notice(b) &&
           !reader_prompt(b) && !is_promo_notice(b);
}

// "Über Kathrin / Hallo, ich bin Kathrin und backe seit ...", "About Jane Roe / Jane grew up by the harbour ...": a
// title of the lexicons' [about_name_titles] words over a name of one to three words, then a paragraph, as the
// region's last text, is the box presenting the author (or the site's people), whatever the paragraph tells.
bool about_name_title(const Block& b) {
    if (b.words < 2 || b.words > 6 || b.end_punct || b.urls > 0)
        return false;
    std::vector<std::string_view> toks;
    std::size_t at = 0;
    for (std::string_view t = text::next_token(b.text, at); !t.empty(); t = text::next_token(b.text, at))
        toks.push_back(t);
    std::size_t name = 1;
    while (name < toks.size() && !text::starts_upper(toks[name]))
        ++name;
    if (name >= toks.size() || toks.size() - name > 3 ||
        !std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(name), toks.end(),
                     [](std::string_view t) { return text::starts_upper(t); }))
        return false;
    std::string prefix = text::lower(toks.front());
    for (std::size_t i = 1; i < name; ++i) {
        prefix.push_back(' ');
        prefix.append(text::lower(toks[i]));
    }
    return any_language_has("about_name_titles", prefix);
}

namespace {

// The region [rs, re] cut over the author's box among its last blocks, once.
std::pair<std::size_t, std::size_t> trim_one_author_box(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    for (std::size_t k = re + 1; k-- > rs + 1 && k + 6 > re;) {
        const Block& x = blocks[k];
        bool about = k == re && x.end_punct && x.words >= 8 && x.words <= 90 && about_name_title(blocks[k - 1]);
        // (The box's title leaves with it, a colon closing it or not: "Meet the expert:".)
        const bool labelled = k == re && k >= rs + 3 && labelled_bio(blocks[k - 2], blocks[k - 1], x);
        if ((!author_bio(x) || people_amid_text(p, k)) && !named_bio(blocks[k - 1], x) &&
            !surname_bio(blocks[k - 1], x) &&
            !(k == re && (bylined_bio(p, k, rs) || role_bio(p, k, rs) || nameless_bio(x, p.language))) && !about &&
            !labelled)
            continue;
        std::size_t end = labelled ? k - 3 : k - 1;
        while (end > rs && blocks[end].words <= 5 && !blocks[end].end_punct)
            --end;
        return {rs, end};
    }
    return {rs, re};
}

} // namespace

// "... the last paragraph. / JANE ROE / Roe covers the courts for The Harbour Post. / twitter / TOM HALE / Hale
// covers the port for The Harbour Post.": a box for each of the article's writers, one under the other, leaves with
// the last one: the region is cut over each box in turn, as long as another one closes what is left of it.
std::pair<std::size_t, std::size_t> trim_author_box(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_boxes = 4;
    std::pair<std::size_t, std::size_t> trimmed = trim_one_author_box(p, rs, re);
    for (std::size_t boxes = 1; boxes < most_boxes && trimmed.second < re; ++boxes) {
        re = trimmed.second;
        trimmed = trim_one_author_box(p, rs, re);
    }
    return trimmed;
}

namespace {

// "... the last paragraph. / NORA FITCH / Fitch covers the harbour for The Harbour Wire. / twitter / TOM HALE / Hale
// covers the courts for The Harbour Wire.": the region's last lines that a wire's boxes presenting its writers fill
// (surname_bio(), the short buttons under each box between them) leave the body, though a rule taking the article's
// closing sentences took them back under its text.
void drop_wire_bios(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_button_words = 5;
    std::size_t top = re + 1;
    for (std::size_t k = re; k > rs + 1 && p.role[k] == Role::none;) {
        if (p.role[k - 1] == Role::none && surname_bio(blocks[k - 1], blocks[k])) {
            top = k - 1;
            k -= 2;
        } else if (blocks[k].words <= most_button_words && !blocks[k].end_punct) {
            --k;
        } else {
            break;
        }
    }
    for (std::size_t k = top; k <= re; ++k)
        if (p.role[k] == Role::none)
            p.role[k] = Role::boilerplate;
}

} // namespace

void drop_author_box(Page& p, std::size_t rs, std::size_t re) {
    if (rs < re)
        drop_wire_bios(p, rs, re);
    std::vector<std::string> names;
    for (const auto& a : p.article.authors)
        if (text::split_ws(a).size() >= 2) // "Floyd" alone may be anybody's first word
            names.push_back(text::lower(a));
    if (names.empty() || rs > re)
        return;
    const auto& blocks = p.blocks;
    auto text_at = [&](std::size_t k) {
        return p.role[k] == Role::none && textual(p.raw_quality[k]);
    };
    // "Jane Doe is a senior writer...", "ANNA MUSTER schreibt seit...": the name, then a word of the sentence (an
    // interview's "Jane Doe: ..." gives the floor to its reporter).
    auto opens_with_name = [&](const std::string& line) {
        std::string low = text::lower(line.substr(0, 80));
        for (const auto& name : names) {
            if (low.size() <= name.size() + 1 || low.compare(0, name.size(), name) != 0 || low[name.size()] != ' ')
                continue;
            std::size_t at = name.size() + 1;
            if (text::is_lower(text::next_cp(line, at)))
                return true;
        }
        return false;
    };
    auto names_author = [&](std::size_t k) {
        if (p.role[k] == Role::byline)
            return true;
        return p.role[k] == Role::none && blocks[k].words <= 6 &&
               std::find(names.begin(), names.end(), text::lower(blocks[k].text)) != names.end();
    };
    // The box comes after some article text: two paragraphs at least.
    std::size_t seen = 0, from = re + 1;
    for (std::size_t k = rs; k <= re && from > re; ++k)
        if (text_at(k) && blocks[k].end_punct && ++seen == 2)
            from = k + 1;
    if (from > re)
        return;
    // The box is the article's last text, or it has a title of its own ("Autoreninfo", "About the author"); a
    // sentence on the author between the article and a note on its print edition belongs to the article's text.
    auto titled = [&](std::size_t k) {
        const Block& t = blocks[k - 1];
        return p.role[k - 1] == Role::none && t.words <= 3 && !t.end_punct && p.raw_quality[k - 1] == Quality::short_;
    };
    std::size_t last = re + 1;
    for (std::size_t k = from; k <= re; ++k)
        if (text_at(k))
            last = k;
    if (last > re || last == from)
        return;
    for (std::size_t k = from; k <= last; ++k)
        if (text_at(k) && opens_with_name(blocks[k].text) && (k == last || titled(k)))
            p.role[k] = Role::boilerplate;
    std::size_t above = last - 1;
    while (above > from && p.role[above] == Role::duplicate)
        --above;
    if (names_author(above)) {
        p.role[last] = Role::boilerplate;
        if (p.role[above] == Role::none)
            p.role[above] = Role::boilerplate;
        return;
    }
    // "Ana Reis" / "Jornalista" / "Escreve sobre ...", "Jane Roe" / "Senior Reporter" / "Jane covers ...": the author's
    // job title, a short line of a job title's word with no stop, between the name and the box's sentence.
    const int most_title_words = 4;
    const Block& title = blocks[above];
    if (above > from && p.role[above] == Role::none && title.words <= most_title_words && !title.end_punct &&
        job_title_line(title.text) && names_author(above - 1)) {
        p.role[last] = p.role[above] = Role::boilerplate;
        if (p.role[above - 1] == Role::none)
            p.role[above - 1] = Role::boilerplate;
    }
}

} // namespace archive
