// A name beside a date on one line: the name opening a date line before its date ("Jane Roe / 14.03.2023") or closing
// it after the date ("3 March 2022 Jane Roe"), and a post's line of facts (date, byline, categories) cut apart by
// bars, bullets or slashes. (Bylines opened by a byline word and the words of a bare name are read in bylines.cpp.)
#include "classify.hpp"
#include "page.hpp"

#include "byline_desks.hpp"
#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "prepositioned_dates.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive {

// "|", "-", "•", "/": a mark standing between a byline's name and its date (lexicon section credit_separator_marks, or
// the dot operator "⋅" some sites print for "·"). ("Jane Roe , Apr 16, 2015": a comma standing alone is one too.)
bool date_separator(std::string_view w) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    return w == "," || w == "\u22c5" || (marks != nullptr && marks->has(w));
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

namespace {

// "Anna Muster, 03.03.2021", "Jean Dupont, 3 mars 2021", "Jane Roe, March 3, 2021": a name closed by a comma glued to
// its last word, then the date. A place's name of two words has that shape too ("Neue Stadt, 03.03.2021", a press
// release's place and day): the name is taken only when its first word is a given name the lexicon knows (section
// known_given_name_words). `k` is the word the run of the name's words (from `first`) stopped at.
std::optional<std::string> known_name_before_comma(const std::vector<std::string_view>& words, std::size_t first,
                                                   std::size_t k) {
    // (Most lines stop at a word that is no name's closed by a comma: settled by its last byte.)
    if (k == first || k + 1 >= words.size() || words[k].size() < 2 || words[k].back() != ',')
        return std::nullopt;
    std::vector<std::string_view> name(words.begin() + static_cast<std::ptrdiff_t>(first),
                                       words.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    name.back().remove_suffix(1);
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const std::string_view next = words[k + 1];
    if (given == nullptr || !given->has(text::lower(name.front())) || !name_word_at(name, name.size() - 1) ||
        !opens_date(next) || !bare_name(name))
        return std::nullopt;
    return join_words(name);
}

} // namespace

std::optional<std::string> name_before_date(std::string_view line) {
    const auto words = text::split_ws(line);
    // "Kommentar Anna Muster 3. März 2021", "Communiqué Jeanne Morel | 3 mars 2021": the kind of text the page
    // publishes (text_kind_word()) opens the line before the name.
    std::size_t first = 0;
    while (first < words.size() && text::starts_upper(words[first]) && text_kind_word(words[first]))
        ++first;
    std::size_t k = first;
    while (k < words.size() && !date_separator(words[k]) && name_word_at(words, k))
        ++k;
    if (k == words.size())
        return std::nullopt;
    if (auto known = known_name_before_comma(words, first, k))
        return known;
    if (k == first)
        return std::nullopt;
    std::vector<std::string_view> name(words.begin() + static_cast<std::ptrdiff_t>(first),
                                       words.begin() + static_cast<std::ptrdiff_t>(k));
    // "Jane Roe Updated March 3, 2021", "Anna Muster Zuletzt geändert am 6. März 2023": the label of the date after
    // the name, whose capitalised words were read as the name's.
    for (std::size_t j = first + 2; j <= k && j < words.size(); ++j)
        if (opens_date_label(words, j)) {
            name.resize(j - first);
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

namespace {

// "... ferries in Hong Kong said ...", "... à Saint-Denis ...", "HONG KONG (Reuters) - ...": a line of the page other
// than line `skip` prints `name` after a preposition of place (lexicon section place_preposition_words), closed there
// (no letter, figure or apostrophe glued after it: "in Jane Roe's view"), or opens with it as its dateline. With
// `inside`, the preposition is printed in small letters, inside its sentence: "In Teilen der Stadt ...", "In Zukunft
// ..." open a sentence with a noun after the preposition as often as with a place.
bool named_as_place(const Page& p, const std::string& name, std::size_t skip, bool inside = false) {
    static const LexiconSection& prepositions = any_language_section("place_preposition_words");
    const std::string low_name = text::lower(name);
    for (std::size_t k = 0; k < p.blocks.size(); ++k) {
        const std::string& t = p.blocks[k].text;
        if (k == skip || t.size() <= name.size())
            continue;
        for (std::size_t at = t.find(name); at != std::string::npos; at = t.find(name, at + 1)) {
            std::size_t end = at + name.size();
            const char32_t after = end < t.size() ? text::next_cp(t, end) : U' ';
            if (at < 2 || t[at - 1] != ' ' || text::is_letter(after) || text::is_digit(after) || after == U'\'' ||
                after == U'\u2019')
                continue;
            const std::size_t space = t.rfind(' ', at - 2);
            const std::size_t from = space == std::string::npos ? 0 : space + 1;
            const std::string_view preposition = std::string_view(t).substr(from, at - 1 - from);
            if (prepositions.has(text::lower(preposition)) && !(inside && text::starts_upper(preposition)))
                return true;
        }
        // (A capital opening the name and the line: "HONG KONG" lowers to no more bytes than twice the name's.)
        const bool opens = text::lower(std::string_view(t).substr(0, 2 * name.size())).starts_with(low_name);
        if (const auto tag = opens ? dateline_tag(t) : std::nullopt; tag && text::lower(tag->place) == low_name)
            return true;
    }
    return false;
}

} // namespace

void drop_place_authors(Page& p) {
    std::vector<std::string>& authors = p.article.authors;
    for (std::size_t k = 0; k < p.blocks.size() && !authors.empty(); ++k) {
        if (p.role[k] != Role::date)
            continue;
        const auto name = name_before_date(p.blocks[k].text);
        const auto at = name ? std::find(authors.begin(), authors.end(), *name) : authors.end();
        if (at != authors.end() && named_as_place(p, *name, k))
            authors.erase(at);
    }
}

namespace {

// The place printed in the byline's block, `b`, glued to the line under it (a date line, the text's first paragraph),
// is the record's dateline, when none is known and no author bears its name. (Set apart by a blank line, the line
// under a byline is as often a button, "Teilen", a picture's credit, "GettyImages", or a link, "Zurück zur
// Übersicht", which leave the body all the same; nor is a credit's or a button's line a place.)
void take_dateline(Page& p, const Block& b) {
    Article& a = p.article;
    if (!a.dateline && !b.boilerplate && !is_credit_line(b) &&
        std::find(a.authors.begin(), a.authors.end(), b.text) == a.authors.end())
        a.dateline = b.text;
}

} // namespace

void drop_place_over_date(Page& p) {
    const std::size_t most_lines_over = 3;
    const int most_place_words = 3;
    const std::vector<Block>& blocks = p.blocks;
    for (std::size_t k = 1; k + 1 < blocks.size(); ++k) {
        const Block& b = blocks[k];
        // (The shape first, asked of the block's counts: most lines stop there.)
        if (p.role[k] != Role::none || b.words > most_place_words || b.digits > 0 || b.end_punct)
            continue;
        // "Por Ana Ruiz" / "Valdora" / <the text>, "Par Anne Roux" / "Brenval": a place alone glued under the byline,
        // set apart from the text under it, is where the byline's author files from, though no date line follows.
        // "Par Anne Roe" / "Lausanne" / <the text's first paragraph>, "di Marta Rossi" / "Milano" / <paragraph>: so is
        // the place glued to both, over a paragraph of the text (ten words or more, closed by its stop). It is the
        // text's dateline (the record's `dateline`, unless the text opens with one of its own: read_source_tag()).
        // Set apart from the text ("Par Anne Roe" / "Lausanne" / blank), the line is the dateline only when a line of
        // the page prints it as a place, after a preposition inside a sentence ("... mercredi à Lausanne ...":
        // named_as_place()); a button ("Teilen"), a credit ("GettyImages") or a menu's entry under the byline is none.
        const bool under_byline = p.role[k - 1] == Role::byline && !blocks[k - 1].blank_after;
        if (under_byline && (b.blank_after || text_paragraph(p, k + 1)) && place_line(b.text)) {
            p.role[k] = Role::boilerplate;
            if (!b.blank_after || named_as_place(p, b.text, k, true))
                take_dateline(p, b);
            continue;
        }
        if (p.role[k + 1] != Role::date || b.blank_after || !place_line(b.text))
            continue;
        // ("Harriet Stone" / "Born: 3 March 1937, Kelby": a date under its label, a life's dates, is no date line of
        // the page's; the line over it names the person they are of.)
        const std::string& date = blocks[k + 1].text;
        if (date.find(':') < date.find_first_of("0123456789"))
            continue;
        // (Over it a line of the head, the page's boilerplate perhaps between: a place under the text's paragraph
        // over a date line stays the text's.)
        std::size_t j = k - 1;
        while (j > 0 && k - j < most_lines_over && p.role[j] == Role::boilerplate)
            --j;
        const Role r = p.role[j];
        if (r == Role::headline || r == Role::lede || r == Role::byline || r == Role::kicker ||
            r == Role::credit)
            p.role[k] = Role::boilerplate;
        // ("Von Hans Meier" / "Zürich" / "5. Dezember 2026, 09:14 Uhr": right under the byline, the place is the
        // text's dateline as it is over the text; under the headline or a kicker it may be a topic's label.)
        if (under_byline)
            take_dateline(p, b);
    }
}

namespace {

// "12 | Dienstag, 3. Dezember 2026 | Region", "4 · Samedi 8 décembre 2026 · Vaud": an e-paper's running head opens
// with the page's number (one to three digits) and a separator: the words after its date name the paper's section,
// no author.
bool opens_with_page_number(const std::vector<std::string_view>& words) {
    const std::size_t most_digits = 3;
    return words.size() >= 3 && words[0].size() <= most_digits &&
           std::all_of(words[0].begin(), words[0].end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           words[1] != "," && date_separator(words[1]);
}

// The words before a name after a date close the date: a figure, a word of the time or a separator ("27.01.2020
// Soziales & Gesundheit Startseite": other words make the name a run of a menu's words).
bool closes_date(std::string_view before) {
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    return text::has_ascii_digit(before) || date_separator(before) ||
           (fillers != nullptr && fillers->has(text::lower(before)));
}

// name_after_date() of the line's `words` as cut so far, the words the date left (`rest`) starting at `rest_from`.
std::optional<std::string> name_closing(const std::vector<std::string_view>& words, std::string_view line,
                                        std::string_view rest, std::size_t rest_from) {
    // "1. November 2016 jroe", "12/04/2020 k.lee 3 Comments": a blog's handle in small letters, alone after the date
    // ("Mar 3, 2021 5min read": the word of a reading time, lexicon section reading_time, is none).
    if (words.size() >= 2 && words.size() - 1 == rest_from && handle_name(words.back()) &&
        closes_date(words[words.size() - 2])) {
        if (!reading_time_phrase(text::lower(line)))
            return std::string(words.back());
    }
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
    // "12:00 A. M.": initials alone are no name.
    const bool initials = std::all_of(name.begin(), name.end(), [](std::string_view w) { return w.ends_with('.'); });
    if (initials || !bare_name(name) || rest.find(join_words(name)) == std::string_view::npos ||
        !closes_date(words[from - 1]))
        return std::nullopt;
    return join_words(name);
}

} // namespace

std::optional<std::string> name_after_date(std::string_view line, std::string_view rest) {
    auto words = text::split_ws(line);
    if (opens_with_page_number(words))
        return std::nullopt;
    // (`rest` closes the line: the words the date left start at `rest_from`, past a separator.)
    const std::size_t rest_words = text::split_ws(rest).size();
    std::size_t rest_from = words.size() > rest_words ? words.size() - rest_words : 0;
    while (rest_from < words.size() && date_separator(words[rest_from]))
        ++rest_from;
    // "Anna Muster 1 Kommentar Hafen, Fähren": the count of the post's comments closes the name, the categories
    // after it are none of it.
    const std::size_t count_at = comment_count_at(words);
    const bool counted = count_at < words.size();
    words.resize(count_at);
    // "Jane Roe 6": the count of the article's comments after the name.
    if (words.size() > 3 && std::all_of(words.back().begin(), words.back().end(), [](char c) {
            return c >= '0' && c <= '9';
        }))
        words.pop_back();
    if (auto name = name_closing(words, line, rest, rest_from))
        return name;
    // "1. November 2023 Kira 1 Kommentar", "March 3, 2023 Kira 3 Comments": one capitalised word between the date
    // and the count of the post's comments, the blog's author by a first or a pen name.
    if (counted && words.size() >= 2 && words.size() - 1 >= rest_from && text::starts_upper(words.back()) &&
        bare_name_word(words.back()) && !words.back().ends_with('.') && closes_date(words[words.size() - 2]) &&
        rest.find(words.back()) != std::string_view::npos)
        return std::string(words.back());
    // "16. Mai 2019 Anna Muster Hafen, Fähren", "3 March 2021 | Jane Roe | Boats": the post's other facts close the
    // line after the name, its categories listed with commas or facts cut apart by bars or bullets; the name ends
    // before the first of them (two words of the name at least stand before a list).
    for (std::size_t k = rest_from + 1; k < words.size(); ++k) {
        const bool listed = k >= rest_from + 2 && k + 1 < words.size() && words[k].size() > 1 &&
                            words[k].back() == ',' && text::starts_upper(words[k]) && text::starts_upper(words[k + 1]);
        if (listed || date_separator(words[k])) {
            words.resize(k);
            return name_closing(words, line, rest, rest_from);
        }
    }
    return std::nullopt;
}

std::optional<std::vector<std::string>> cut_byline_authors(std::string_view line, std::string_view language) {
    if (opens_with_page_number(text::split_ws(line)))
        return std::nullopt;
    for (std::size_t from = 0; from < line.size();) {
        const bool first = from == 0;
        const std::string_view fact = next_fact(line, from, post_fact_cuts);
        if (auto names = first ? std::nullopt : byline_authors(fact, language); names && !names->empty())
            return names;
    }
    return byline_after_figures(line, language);
}

std::optional<std::vector<std::string>> post_facts_authors(std::string_view line, std::string_view language) {
    // ("Posted on 3 March 2021 by Jane Roe in News": the date's label may open the line, a byline after the date.)
    auto lead = leading_date(line, language);
    if (!lead)
        if (auto labelled = labelled_leading_date(line, language); labelled && byline_after_date(line, labelled->end))
            lead = labelled;
    // ("am 3. März 2021 von Jane Roe in Reisen", "on 3 March 2021 by Jane Roe in News": the day's preposition opens
    // it.)
    if (!lead)
        if (auto after = prepositioned_leading_date(line, language); after && byline_after_date(line, after->end))
            lead = after;
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
    for (std::string_view cut : post_fact_cuts)
        after = after.substr(0, after.find(cut));
    return byline_authors(without_categories(after, language), language, true);
}

std::string_view without_categories(std::string_view byline, std::string_view language) {
    // "von Anna in Allgemein, Kultur", "par Jeanne dans Actualités", "Von Henry In Aktuell": the categories follow the
    // author's name (a word of the lexicon section post_category_words, in small letters or capitalised on a line
    // whose words all are, then a capital).
    const auto words = text::split_ws(byline);
    static const LexiconSection& categories = any_language_section("post_category_words");
    // ("Door Anna Smit en Piet Jansen": the Spanish "en" of "Por Ana en Noticias" joins two authors in Dutch, a word of
    // the page's language's author_joiners.)
    const Lexicon* own = lexicon(language);
    // "By Tom Roe at the Harbour Stadium", "Par Jeanne Morel au Parc des Sports", "Von Anna Muster im Rathaus", "Di
    // Mario Rossi allo Stadio San Nicola": the place the author writes from (a word of the lexicon section
    // byline_place_words, or a category's word, then a capital, an article and a capital, or an elided article
    // glued to one: "à l'Élysée") follows the name as the categories do.
    static const LexiconSection& places = any_language_section("byline_place_words");
    static const LexiconSection& articles = any_language_section("articles");
    auto capital_after = [&](std::size_t k) {
        const std::string_view next = words[k + 1];
        if (text::starts_upper(next))
            return true;
        for (std::string_view elided : {"l'", "l\u2019", "d'", "d\u2019"})
            if (next.starts_with(elided) && text::starts_upper(next.substr(elided.size())))
                return true;
        return k + 2 < words.size() && articles.has(text::lower(next)) && text::starts_upper(words[k + 2]);
    };
    for (std::size_t k = 2; k + 1 < words.size(); ++k) {
        const auto at = static_cast<std::size_t>(words[k].data() - byline.data());
        // ("Von unserem Korrespondenten in Rom, Hans Muster": the place the author's job is held in, a comma and the
        // name after it, is no category: without_filed_from().)
        if (const std::string_view piece = byline.substr(at); without_filed_from(piece).size() < piece.size())
            continue;
        if (const std::string low = text::lower(words[k]);
            (categories.has(low) || (places.has(low) && !text::starts_upper(words[k]))) && capital_after(k) &&
            !(own != nullptr && own->has("author_joiners", low)))
            return byline.substr(0, at);
        // "von Kira Kategorien: Allgemein", "par Jeanne Morel Catégories : Société": another fact's label, closed by
        // a colon, after the name ("Text und Fotos: Anna Muster" is a byline's label whole).
        const std::string_view colon = words[k].ends_with(':') ? words[k] : words[k + 1] == ":" ? words[k + 1] : "";
        if (!colon.empty() &&
            !byline_word(byline.substr(0, static_cast<std::size_t>(colon.data() - byline.data()) + colon.size()))) {
            // ("Por Ana Reis • Fotos: Rui Lobo", "Texte : Jeanne Morel · Photos : Paul Roux": the mark alone between
            // the name and the picture's credit after it (lexicon section credit_separator_marks) goes with that
            // credit.)
            static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
            if (marks != nullptr && k > 2 && marks->has(words[k - 1]))
                return byline.substr(0, static_cast<std::size_t>(words[k - 1].data() - byline.data()));
            return byline.substr(0, at);
        }
    }
    return byline;
}

} // namespace archive
