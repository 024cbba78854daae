// The metadata phase of classify(): bylines, dates, agency credits, picture credits and the captions they close,
// anywhere near the article. The dates it reads beside the bylines, over the text, under it and under the headline are
// marked by classify_dates.cpp.
#include "classify.hpp"
#include "credits_parts.hpp"
#include "dated_items.hpp"
#include "meta_parts.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "agency_signatures.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "date_labels.hpp"
#include "dates.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "letters.hpp"
#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <bit>
#include <cctype>
#include <optional>

namespace archive {

namespace {

// "Foto: Jane Roe/Hafenhilfe", "Photo : AFP", "Bild: Keystone": a credit opening with a word that names a picture (the
// lexicon's glued_credit_labels), not the source of a text ("Quelle: dpa", "Source: Reuters").
bool picture_credit(std::string_view credit) {
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    std::size_t at = 0;
    std::string label = text::lower(text::next_token(credit, at));
    while (!label.empty() && label.back() == ':')
        label.pop_back();
    return labels != nullptr && labels->has(label);
}

// Some word of the block is a picture credit's label (glued_credit_labels): picture_credit() of the credit that
// split_trailing_credit() cuts off the block's end needs one as that credit's first token, lower-cased, without its
// colons. Such a token stands after a space or a full stop and ends at a colon or a space, none of them word
// characters: the label is one of the block's words (segment()'s lower_words) too, which segment() counted with its
// stopwords (the notice tag picture_label). So most blocks of 31 to 60 words are settled by a count, without the
// search of their ends for a credit. (True for every block when a label is not one word, which no word can match.)
bool may_hold_picture_credit(const Block& b) {
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    if (labels == nullptr)
        return false;
    static const bool labels_are_words =
        std::all_of(labels->entries.begin(), labels->entries.end(), [](const std::string_view label) {
            std::size_t i = 0;
            return !label.empty() && text::next_word_of_lowered(label, i).size() == label.size();
        });
    constexpr auto tag = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(picture_label)));
    return !labels_are_words || b.notice_tags()[tag] > 0;
}

// The block `i` closes the text with its agency's signature after its last stop ("... en la investigación. EFE"):
// `credit` (what split_trailing_credit() cut off) is that agency alone, the block is a paragraph of a dozen words or
// more right under another paragraph, and no paragraph of the text follows it up to the region's end `re`.
bool agency_signed_last_paragraph(const Page& p, std::size_t i, std::size_t re, std::string_view credit) {
    const int fewest_words = 12, fewest_paragraph_words = 8;
    const std::vector<Block>& blocks = p.blocks;
    const auto prose = [&](std::size_t k) {
        return blocks[k].words >= fewest_paragraph_words && blocks[k].end_punct && !blocks[k].text.ends_with(':');
    };
    if (blocks[i].words < fewest_words || i == 0 || !prose(i - 1) || credit.find(' ') != std::string_view::npos)
        return false;
    for (std::size_t k = i + 1; k <= re && k < blocks.size(); ++k)
        if (p.role[k] == Role::none && prose(k))
            return false;
    const auto signed_by = agency_after_stop(blocks[i].text);
    return signed_by && signed_by->first == credit;
}

// "Archivo - El ministro, durante la rueda de prensa en Madrid (España). - Ana Gil - Europa Press - Archivo", "... in
// piazza a Treviso. - Luca Neri - Ansa": a caption of more words than the short lines' credits are sought on, closed
// after its last full stop by a credit of parts between spaced dashes (the photographer, the agency, the archive:
// is_credit_line() of the dash and the parts, dashed_credit()), as an agency's one-line figcaption prints it with no
// label: the caption (its stop kept) and the credit (without the dash opening it), or nothing.
std::optional<std::pair<std::string, std::string>> dashed_credit_closing(const Block& b) {
    const std::size_t least_caption_words = 3;
    if (b.end_punct) // (a credit's last part closes with a letter: most long lines close with a stop)
        return std::nullopt;
    // (The credit's parts, four of three words at most, fill the line's last bytes: the stop is sought there alone.)
    const std::size_t most_credit_bytes = 200;
    const std::string_view line = b.text;
    const std::size_t from = line.size() > most_credit_bytes ? line.size() - most_credit_bytes : 0;
    const std::string_view window = line.substr(from);
    auto dash_after = [&](std::size_t k) {
        const std::string_view rest = window.substr(k + 2);
        return rest.starts_with("- ") || rest.starts_with("\u2013 ") || rest.starts_with("\u2014 ");
    };
    std::size_t at = text::rfind_mark(window, ". ");
    while (at != std::string_view::npos && !dash_after(at))
        at = at == 0 ? std::string_view::npos : text::rfind_mark(window, ". ", at - 1);
    if (at == std::string_view::npos)
        return std::nullopt;
    const std::size_t stop = from + at;
    const std::string_view tail = text::trim(line.substr(stop + 1));
    if (!is_credit_line(tail) || text::split_ws(line.substr(0, stop)).size() < least_caption_words)
        return std::nullopt;
    return std::make_pair(std::string(line.substr(0, stop + 1)), std::string(text::trim(tail.substr(tail.find(' ')))));
}

// "— Jane Roe (@janeroe) March 3, 2021", "— Hafenblatt (@hafenblatt) 3. März 2021": the line closing a short post of a
// network embedded in the page, a dash, the account's name and its handle in parentheses, then the post's day. Its
// date is the post's and its name no byline of the article.
bool embedded_tweet_signature(const Block& b) {
    const int most_words = 20;
    if (b.words > most_words || b.text.find("(@") == std::string::npos)
        return false;
    for (std::string_view dash : {"— ", "– ", "- "})
        if (b.text.starts_with(dash))
            return true;
    return false;
}

// "The Canadian Press · Posted: Dec 5" -> "The Canadian Press": a date line's words up to the separator closing its
// first fact (a middle dot, a bar, a comma or a spaced dash); `rest` whole when none does.
std::string_view first_fact(std::string_view rest) {
    std::size_t end = rest.size();
    for (std::string_view mark : {" \u00b7", " |", ",", " - ", " \u2013 ", " \u2014 "})
        end = std::min(end, rest.find(mark));
    return text::trim(rest.substr(0, end));
}

// "di Red", "Par Réd.", "Réd.": the newsroom's abbreviation (desk_abbreviation()) alone or after a byline's word
// (byline_word()) signs the text with the desk, as a byline does.
bool desk_abbreviation_line(const Block& b) {
    if (b.words < 1 || b.words > 2 || b.digits != 0 || b.separators != 0)
        return false;
    const text::Words& words = b.lower_words(); // (lower-cased once for the page's rules)
    return !words.empty() && desk_abbreviation(words.back()) && (words.size() == 1 || byline_word(words.front()));
}

// "Rédigé par Admin" / "le 27 novembre 2026" / "dans Vie de l'école, Primaire", "By Jane Roe" / "in Garden, Recipes":
// line `i`, right under a byline or a date line, is the categories a post is filed in: a word of the lexicon section
// post_category_words, then one to six words opening with a capital, with no figure and no closing mark (more than
// two words are cut apart by a comma: "in Berlin hat der Senat" is a sentence's start).
bool category_line_under_meta(const Page& p, std::size_t i) {
    const Block& b = p.blocks[i];
    const int most_words = 7, most_bare_words = 3;
    if (i == 0 || (p.role[i - 1] != Role::byline && p.role[i - 1] != Role::date) || b.words < 2 ||
        b.words > most_words || b.end_punct || b.digits > 0 || b.urls > 0)
        return false;
    static const LexiconSection& categories = any_language_section("post_category_words");
    std::string_view first[2];
    const auto words = first_tokens(b.text, first);
    return words.size() == 2 && categories.has(text::lower(words[0])) && text::starts_upper(words[1]) &&
           (b.words <= most_bare_words || b.text.find(", ") != std::string::npos);
}

} // namespace

bool print_stamp(std::string_view low) {
    static const LexiconSection& labels = any_language_section("print_stamp_labels");
    for (std::string_view label : labels.entries)
        if (low.size() > label.size() && low.starts_with(label) && (low[label.size()] == ' ' || label.back() == ':'))
            return true;
    return false;
}

bool may_be_byline_word(const Block& b) {
    // byline_word() finds a line that is a byline word alone (lower-cased, without its colon): the line's first word
    // is then that byline word's first one (a word ends at a space, a mark or the line's end). The byline words'
    // first words, gathered once; `usable` is false when an entry holds no word (the words then settle nothing).
    struct Firsts {
        WordsByFront words;
        bool usable = true;
    };
    static const Firsts firsts = [] {
        Firsts out;
        for (const std::string_view entry : any_language_section("byline").entries) {
            std::size_t i = 0;
            const std::string_view first = text::next_word_of_lowered(entry, i);
            if (first.empty())
                out.usable = false;
            else
                out.words.add(first);
        }
        return out;
    }();
    const text::Words words = b.lower_words();
    return !firsts.usable || (!words.empty() && firsts.words.has(words.front()));
}

namespace {

// "amelie anja beauty fatima interview kolumne reisen rezept": a tag cloud prints every tag in small letters, the
// first names its posts are filed under among them: a line of twelve words or more without a capital or a mark of a
// sentence says nothing of how the text writes a word.
bool tag_cloud_line(const Block& b) {
    const int fewest_tags = 12;
    return b.words >= fewest_tags && b.upper_initial == 0 && b.text.find_first_of(".,;:!?") == std::string::npos;
}

// "Giovedì 5 dicembre 2026 / <title> / <standfirst> / Condividi / Facebook / X / Email / Aggiornato alle 14:32",
// "Jeudi 5 décembre 2026 / <titre> / <chapeau> / Partager / Mis à jour à 14h32": the line of the date over the head
// whose day an update's time alone at line i is on, when the page's chrome (share buttons, page_chrome()) stands
// right over that time and the title and its standfirst (two lines at most no role claims) over the chrome. (A word
// alone among the buttons, "X", is a button's too.)
std::optional<std::size_t> date_over_head(const Page& p, std::size_t i) {
    const std::size_t most_chrome = 8, most_head_lines = 2;
    std::size_t k = i;
    bool chrome = false;
    for (; k > 0 && i - k < most_chrome && p.role[k - 1] == Role::none; --k) {
        const Block& b = p.blocks[k - 1];
        const bool button = page_chrome(b);
        if (!button && (b.words != 1 || b.digits > 0 || b.end_punct))
            break;
        chrome = chrome || button;
    }
    if (!chrome)
        return std::nullopt;
    for (std::size_t lines = 0; k > 0 && lines <= most_head_lines; ++lines, --k) {
        if (p.role[k - 1] == Role::date)
            return k - 1;
        if (p.role[k - 1] != Role::none)
            return std::nullopt;
    }
    return std::nullopt;
}

// "Le Sénat, à Paris, le 3 février 2025. (JEAN ROE / AGENCE / AFP)", "Das Bundeshaus in Bern am 3. Februar 2025.
// (Keystone/Anna Muster)": a picture's caption naming the day the picture was taken, closed by its credit in
// parentheses: what it shows opens it (no date nor date label: labelled_leading_date()), a stop closes it before the
// credit, and no label names a publication or an update. No date line of the page nor a row of a post's facts,
// however few its words.
// "Donnerstag, 20. März 2025, 19:30 Uhr" / "Einlass ab 19:00 Uhr" / "Ort: Stadtbibliothek", "Friday 6 March, 7 pm" /
// "Doors open 6.30 pm" / "Venue: The Old Pier": an event's day and hour over the event's facts (within two lines, a
// short line opened by a label of lexicon section event_fact_labels, one to three words, then a colon or a figure) tell
// when the event takes place, no day the page was published.
// "Samedi 13 mars 2027" / "20 h 00" / "Lieu" / "Salle des fêtes", "Thursday 15 January 2027" / "7:00pm – 8:30pm" /
// "Central Library" / "Free" / "Book now": within four lines, a label alone on its line (a row of a list of facts,
// its value on the next line) or an event's button of the same section ("Réserver", "Add to calendar") tells so too;
// the day's line then stays a line of the head's facts, no title (`alone` is set).
bool over_event_facts(const Page& p, std::size_t i, bool& alone) {
    const std::size_t most_below = 2, most_below_alone = 4;
    const int most_fact_words = 12, most_alone_words = 4;
    static const LexiconSection& labels = any_language_section("event_fact_labels");
    for (std::size_t k = i + 1; k < p.blocks.size() && k <= i + most_below_alone; ++k) {
        const Block& b = p.blocks[k];
        if (b.words == 0 || b.words > most_fact_words || !text::starts_upper(b.text))
            continue;
        if (b.words <= most_alone_words) {
            std::string_view label = text::trim(std::string_view(b.lower));
            if (label.ends_with(':'))
                label = text::trim(label.substr(0, label.size() - 1));
            if (labels.has(label)) {
                alone = true;
                return true;
            }
        }
        if (k > i + most_below)
            continue;
        const auto words = text::split_ws(b.text, 4);
        for (std::size_t n = 1; n <= 3 && n <= words.size(); ++n) {
            std::string_view last = words[n - 1];
            const bool colon = last.ends_with(':');
            if (colon)
                last.remove_suffix(1);
            const auto from = static_cast<std::size_t>(words[0].data() - b.text.data());
            const std::string label =
                text::lower(std::string_view(b.text).substr(from, static_cast<std::size_t>(last.data() + last.size() -
                                                                                         words[0].data())));
            const bool colon_after = colon || (n < words.size() && words[n] == ":");
            if (labels.has(label) && (colon_after || b.digits > 0))
                return true;
            if (colon)
                break;
        }
    }
    return false;
}

bool credited_dated_caption(const Block& b, const DateLine& d, std::string_view language) {
    if (d.published_labelled || d.updated || !text::starts_upper(b.text) || b.text.back() != ')' ||
        leading_date(b.text, language) || labelled_leading_date(b.text, language))
        return false;
    const auto split = split_trailing_credit(b);
    if (!split)
        return false;
    const std::string_view caption = text::trim(split->first);
    return !caption.empty() && caption.back() == '.';
}

} // namespace

// "Fantasy Football", "Contenido Premium": a word of the name is printed in small letters on the page, a common
// word, not a person's name.
bool common_word_on_page(const Page& p, std::string_view name, bool in_sentences) {
    const int sentence_words = 12;
    const auto words = text::split_ws(name);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        // "Will Knight" over "... machines will sort ...": a given name spelled like a small word opens a name whose
        // next word is a name's (name_word_at); printed in small letters it is that other word.
        if (k == 0 && name_word_at(words, 0) && !bare_name_word(w))
            continue;
        // "Pieter Van Damme" over "... het plafond van de tunnel ...", "Anna De Luca" over "... la casa de ...": a
        // name's particle, capitalised between two of its words, is the name's, whatever the sentences print.
        if (k > 0 && k + 1 < words.size() && text::starts_upper(w) && name_particle(text::lower(w)))
            continue;
        // "March 3, 2021 by hand" over "... stitched by hand ...": a handle in small letters ("by jroe") is printed so
        // on its own line; it is a common word when the text's sentences print it too. (A small word inside a name is
        // a particle: "Anna von Berg".)
        const bool handle = words.size() == 1 && !text::starts_upper(w);
        if (w.size() < 3 || (!handle && !text::starts_upper(w)))
            continue;
        const std::string low = text::lower(w);
        // (A block without the word as a piece of its text holds no such token: most are settled by one search, and
        // the others' tokens are walked without a vector.)
        for (const Block& b : p.blocks) {
            if ((handle && b.words < sentence_words) || b.text.find(low) == std::string::npos || tag_cloud_line(b))
                continue;
            std::size_t at = 0;
            for (auto token = text::next_token(b.text, at); !token.empty(); token = text::next_token(b.text, at))
                if (token == low || (token.size() == low.size() + 1 && token.starts_with(low) &&
                                     std::ispunct(static_cast<unsigned char>(token.back()))))
                    return true;
        }
    }
    // "... würde die Europäische Union nur noch ...": the name is printed inside a sentence of the text, a topic of
    // the page over its date (an author's note opens with the name: "Jane Roe is a reporter ..."). ("Max Poe, Jane
    // Roe, Ann Lee, Tom Hill * 19.10.2019, 21:59": a teaser's byline, no sentence, is closed by no stop.)
    // (Asked of a bare name line only: a name before a date on its line is the byline's.)
    for (const Block& b : p.blocks)
        if (in_sentences && b.words >= sentence_words && b.end_punct)
            if (const std::size_t at = b.text.find(name); at != std::string::npos && at > 0)
                return true;
    return false;
}

// "Harbour" / "Ferries" / "Night Trains": the line closes a run of a menu's entries, a line of three words at most
// without a stop over it, and no title of the article nor a picture's credit ("© Jane Roe" / "Jane Roe" / "am" /
// "3. März 2021").
bool in_menu(const Page& p, std::size_t i) {
    if (i == 0 || p.blocks[i].blank_before)
        return false;
    const Block& over = p.blocks[i - 1];
    const Role r = p.role[i - 1];
    return over.words <= 3 && !over.end_punct && r != Role::headline && r != Role::kicker && r != Role::credit;
}

bool printed_above(const Page& p, std::size_t k, std::string_view text) {
    return std::any_of(p.blocks.begin(), p.blocks.begin() + static_cast<std::ptrdiff_t>(k),
                       [text](const Block& b) { return b.text == text; });
}

namespace {

// "Thomas Käser, Seeländer Landbote", "Claire Monnier, La Gazette du Léman": a byline line closed by the site's name
// after a comma, the name the page prints alone on a line above it (its masthead), which names no person (an outlet
// whose name holds no outlet's word, "Landbote", "Gazette") -> the line without it; otherwise the whole line.
std::string_view without_site_name(const Page& p, std::size_t k) {
    const std::string_view line = p.blocks[k].text;
    const std::size_t comma = text::rfind_mark(line, ", ");
    if (comma == std::string_view::npos || comma == 0)
        return line;
    const std::string_view site = text::trim(line.substr(comma + 2));
    return printed_above(p, k, site) ? text::trim(line.substr(0, comma)) : line;
}

// "Par Le Monde avec AFP et Reuters", "By Jane Roe with AP and Reuters": a second agency among a byline's names joins
// the source tag its first agency opened: its id is added, and the raw tag runs as printed on the `line` from the
// first agency's name to this one's ("AFP et Reuters").
void join_agency(SourceTag& tag, std::string_view line, std::string_view name, std::string id) {
    if (std::find(tag.agencies.begin(), tag.agencies.end(), id) == tag.agencies.end())
        tag.agencies.push_back(std::move(id));
    const std::size_t from = line.find(tag.raw), at = text::rfind_mark(line, name);
    if (from != std::string_view::npos && at != std::string_view::npos && at > from)
        tag.raw = std::string(line.substr(from, at + name.size() - from));
}

// ("Jeanne Dupont / ATS": the agency among a byline's names is the source tag's, the others are the authors.)
void take_signature_names(Article& a, std::vector<std::string> names) {
    // ("Ana Ruiz / Agencia EFE": the agency named with its noun, named_agency().)
    for (auto& name : names)
        if (auto id = named_agency(name)) {
            if (!a.source_tag)
                a.source_tag = SourceTag{name, {*id}};
        } else {
            a.authors.push_back(std::move(name));
        }
}

// "Jane Roe" / "March 3, 2021", "Anna Muster," / "am Sonntag, 11.12.2022 - 05:00", "Markus Muster, London, Beat Roe" /
// "19.10.2019, 23:38 Uhr", "Jane Roe" / "on" / "March 3, 2021": a line that is only the authors' names over the page's
// first date line (a preposition of the day alone between them) is the byline, when no author is known yet (and the
// names line ends with a comma, `comma_only`).
void names_over_date_line(Page& p, std::size_t i, std::size_t head_from, bool comma_only) {
    const int most_name_words = 4, most_names_words = 12;
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    if (!a.authors.empty() || i <= head_from)
        return;
    std::size_t k = i - 1;
    static const LexiconSection& prepositions = any_language_section("date_prepositions");
    if (k > head_from && blocks[k].words == 1 && prepositions.has(text::lower(blocks[k].text)))
        --k;
    // (A line closed by a comma leads to the date under it: no menu's entry.)
    const Block& b = blocks[k];
    if (comma_only && !b.text.ends_with(','))
        return;
    // ("Article rédigé par franceinfo" / "France Télévisions" / "Publié le ...": the outlet's group,
    // outlet_group_line(), no person.)
    if (p.role[k] != Role::none || b.words > most_names_words || p.terminator[k] || is_boilerplate_phrase(b) ||
        (in_menu(p, k) && !b.text.ends_with(',') && !masthead_again(p, k - 1)) || outlet_group_line(b))
        return;
    // ("Ouest-Breizh" / "Yann Kerhervé." / "Publié le ...": the site's name printed again over the names, its masthead
    // (masthead_again()), is no menu's entry.)
    const std::string_view line = without_site_name(p, k);
    std::optional<std::vector<std::string>> names;
    const std::size_t words =
        line.size() == b.text.size() ? static_cast<std::size_t>(b.words) : text::split_ws(line).size();
    // ("Ana Ruiz. Madrid": a stop inside the line may close the name before its place, names_over_date().)
    if (words <= static_cast<std::size_t>(most_name_words) && line.find(". ") == std::string_view::npos)
        if (auto name = name_line(line))
            names = std::vector<std::string>{*name};
    if (!names)
        names = names_over_date(line);
    // "Tom Ellery at the Riverside Ground" / "Saturday 5 December 2026 17:21 GMT", "Jeanne Morel au Parc des Sports" /
    // "5 décembre 2026": the place the author writes from after the name, as a byline's label may print it
    // (without_categories()), with no label.
    if (!names && words >= 4)
        if (const std::string_view named = without_categories(line, p.language); named.size() < line.size())
            names = names_over_date(named);
    // ("Letzte Aktualisierung" / "02.03.2023": the label of the date under it.)
    if (!names || opens_date_label(text::split_ws(b.text), 0) ||
        std::any_of(names->begin(), names->end(),
                    [&p](const std::string& name) { return common_word_on_page(p, name, true); }))
        return;
    p.role[k] = Role::byline;
    take_signature_names(a, std::move(*names));
}

} // namespace

namespace {

// "Rheinische Rundschau · Freitag, 3. Mai 2024 Seite 7" ... "... Seite 8": a PDF's running header, printed on every
// page with only its closing page number changed: another line of the page is the same but for its last figures.
bool running_header(const Page& p, std::size_t i) {
    auto without_number = [](std::string_view t) {
        std::size_t end = t.size();
        while (end > 0 && t[end - 1] >= '0' && t[end - 1] <= '9')
            --end;
        return end;
    };
    const std::string_view line = p.blocks[i].text;
    // (Gate: the line closes on a figure after a space; most date lines are settled by these two bytes.)
    const std::size_t stem = without_number(line);
    if (stem == line.size() || stem == 0 || line[stem - 1] != ' ')
        return false;
    for (std::size_t k = 0; k < p.blocks.size(); ++k) {
        const std::string_view other = p.blocks[k].text;
        if (k != i && other.size() > stem && other != line && without_number(other) == stem &&
            other.substr(0, stem) == line.substr(0, stem))
            return true;
    }
    return false;
}

} // namespace

std::optional<std::string> name_beside_date(const Page& p, std::size_t i, const DateLine& d) {
    const std::string& line = p.blocks[i].text;
    // The paper's name on its running header is no author.
    if (running_header(p, i))
        return std::nullopt;
    // "Jane Roe - Apr 16, 2015 8:02 pm", "Anna Muster | 3. März 2021": the author's name, then the date, with no
    // byline word.
    if (auto name = name_before_date(line); name && !common_word_on_page(p, *name, false))
        return name;
    // "1. Februar 2022 , Anna Muster", "3 March 2022 Jane Roe 6": the date, then the author's name closing the line (a
    // place printed there is a word of the text's sentences).
    if (auto after = name_after_date(line, d.rest); after && vouched_name_after_date(p, *after, i))
        return after;
    // "jroe — 2. Februar 2022": a blog's handle in small letters, a dash, then the date.
    if (auto handle = handle_before_date(line, p.language); handle && !common_word_on_page(p, *handle, false))
        return handle;
    return std::nullopt;
}

void mark_metadata(Page& p, std::size_t head_from, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::string_view language = p.language;
    Article& a = p.article;
    const int most_labelled_caption = 60; // words of a caption of two or three sentences
    // "By Jane Roe" over the text, then "By John Doe" under a teaser further down: the authors are the first byline's
    // (and those of the lines right under it: "By Jane Roe" / "and John Doe"); later bylines sign other articles.
    std::size_t first_byline = blocks.size();
    auto takes_names = [&](std::size_t at) {
        const std::size_t near = 2;
        if (first_byline == blocks.size())
            first_byline = at;
        return at <= first_byline + near;
    };
    // A line between the paragraphs that is a picture's caption by its own shape (a figure's label, a person's place
    // in the picture): its credit, when one closes it, split off.
    auto add_caption = [&](std::size_t i) {
        p.role[i] = Role::caption;
        if (auto split = split_trailing_credit(blocks[i]))
            a.media.push_back(Media{split->first, split->second});
        else
            a.media.push_back(Media{blocks[i].text, std::nullopt});
    };
    bool published_labelled = false;
    p.day_order = page_day_order(p);
    const DayOrder order = p.day_order;
    // ("nzz", "ouestfrance": the page's own name, which a picture's credit may name as it names an agency; read when
    // a line has a credit's shape, which most pages' lines have not)
    std::optional<OwnNames> own_names_read;
    auto own_names = [&]() -> const OwnNames& {
        if (!own_names_read)
            own_names_read = own_names_of(p);
        return *own_names_read;
    };
    // "Les pompiers sont intervenus. — N. Liponne / 20 Minutes": a caption closed by a credit naming the page's own
    // site (own_name_credit_closing()), split.
    auto own_name_caption = [&](std::size_t i) {
        const Block& b = blocks[i];
        auto split = b.end_punct || !may_close_with_credit(b.text) || own_names().empty()
                         ? std::nullopt
                         : own_name_credit_closing(b.text, own_names());
        if (!split)
            return false;
        p.role[i] = Role::caption;
        a.media.push_back(Media{std::move(split->first), std::move(split->second)});
        return true;
    };
    for (std::size_t i = head_from; i <= re; ++i) {
        if (p.role[i] != Role::none)
            continue;
        if (category_line_under_meta(p, i)) {
            p.role[i] = Role::boilerplate;
            continue;
        }
        const Block& b = blocks[i];
        if (b.words <= 30) {
            // "Ein Beitrag geteilt von Anna Muster (@annamuster)": the credit of an embedded post, no byline of the
            // article ("von Anna Muster") and no heading of the text under it.
            if (embedded_post_credit(b) || embedded_tweet_signature(b)) {
                p.role[i] = Role::boilerplate;
                continue;
            }
            // (Most lines open as no byline does, which may_be_byline() settles by their first bytes: the byline's
            // reading is spared them. Its false is byline_authors()'s nothing, whatever the language.)
            auto byline = may_be_byline(b) ? byline_authors(b.text, language) : std::nullopt;
            // "Ana Souza - Repórter da Agência Brasil": names and a job after a dash, no byline word.
            const int most_titled_words = 12;
            if (!byline && b.words <= most_titled_words && b.upper_initial >= 2)
                byline = titled_name_line(b.text);
            // "R. ETXEBERRIA / M. L. DOS SANTOS": names in capitals cut apart by a slash, no byline word.
            if (!byline && b.words <= most_titled_words && b.upper_initial >= 4)
                byline = capital_slashed_names(b.text);
            // "3. Mai 2021" / "von Kira", "May 3, 2021" / "By jroe": a byline of two words right under the date line
            // may name its author by a first name or a handle alone (not a word of the text's sentences).
            if (!byline && b.words == 2 && i > 0 && p.role[i - 1] == Role::date)
                if (auto lone = byline_authors(b.text, language, true);
                    lone && lone->size() == 1 && !common_word_on_page(p, lone->front(), true))
                    byline = std::move(lone);
            // "By" / "Maeve Doyle", "Von" / "Lena Brandt": the byline word alone, the names on the next line.
            if (!byline && b.words <= 3 && i + 1 <= re && p.role[i + 1] == Role::none && may_be_byline_word(b) &&
                byline_word(b.text)) {
                byline = byline_authors(b.text + " " + blocks[i + 1].text, language);
                // "by" / "jroe77", "von" / "kira_m": the line under the byline word alone holds a handle alone, marked
                // as one by a figure or an underscore, no word of a language ("By" / "Design", "by" / "hand").
                const std::string_view under = blocks[i + 1].text;
                if (!byline && blocks[i + 1].words == 1 && handle_name(under) &&
                    (under.find('_') != std::string_view::npos || text::has_ascii_digit(under)))
                    byline = std::vector<std::string>{std::string(under)};
                if (byline)
                    p.role[i + 1] = Role::byline;
            }
            if (byline) {
                p.role[i] = Role::byline;
                // "Gespeichert von jroe am 3. Juni 2018" / "Blog Beitrag von Jane Roe": the account that posted the
                // page, then the author's full name in a byline of its own under it.
                const bool fuller = handle_only(a.authors) && full_names(*byline);
                if (fuller)
                    a.authors.clear();
                const bool names = !byline->empty() && (takes_names(i) || fuller);
                // "Von Lena Brandt 19. Oktober 2019 00:04 Uhr", "Written by Jane Roe on April 29, 2018", "Por Ana
                // Costa | 03/05/2022 20:36": the byline prints the day the article was published.
                if (b.digits > 0)
                    take_dates(read_dates(b.text, language, order), b.text, a, published_labelled);
                bool tagged_here = false; // (the source tag opened by this byline's first agency)
                // ("Di Agenzia ANSA", "Por Agencia AFP": the agency named with its noun, named_agency().)
                for (auto& name : *byline)
                    if (auto id = named_agency(name)) {
                        if (!a.source_tag) {
                            a.source_tag = SourceTag{name, {*id}};
                            tagged_here = true;
                        } else if (tagged_here) {
                            join_agency(*a.source_tag, b.text, name, std::move(*id));
                        }
                    } else if (names && std::find(a.authors.begin(), a.authors.end(), name) == a.authors.end()) {
                        a.authors.push_back(name);
                    }
                continue;
            }
            // (Every date read_dates() reads has a digit, but for a relative date in words on a short line naming a
            // unit of time or the day before ("vor einer Stunde", "Updated yesterday"): the block's counts and words
            // settle most lines without a look.)
            const int most_wordy_date = 8; // words
            const bool wordy = b.digits == 0 && b.words <= most_wordy_date && names_relative_time(b.lower_words());
            DateLine d = b.digits > 0 || wordy ? read_dates(b.text, language, order) : DateLine{};
            // (A reader's print stamp, "Imprimé le 4 décembre 2026 à 09 h 12", over the article's own date line.)
            if (d.is_date_line && print_stamp(b.lower)) {
                p.role[i] = Role::boilerplate;
                continue;
            }
            // "Menü / Suche / Hafenfest am 3. Mai 2021 abgesagt": a title holding a date amid a sentence of words (a
            // subject before it, a verb after it) is no date line, though its other words are few.
            // "Vendredi 5 décembre 2026 à 11h : inhumation au cimetière municipal.": a programme's item under the
            // text, an event's day and hour, then what happens there, is the text's line (programme_item()).
            // "10. Jänner 2027, 9 Uhr – Bezirksverein Tulln, Lehrbienenstand": an item of a list of dates, one of two
            // such lines in a row at least (dated_dash_item(); "3. Mai 2026, 10 Uhr – Von Anna Keller" alone is a
            // date line with its byline), likewise.
            // "Le Sénat, à Paris, le 3 février 2025. (JEAN ROE / AFP)": a caption closed by its credit, likewise
            // (credited_dated_caption()).
            // ("Termin: 13.03.2026, 19 Uhr / Ort: Alte Schmiede / Eintritt: 62 Euro": a row of an event's record of
            // facts in the region, fact_record_line(), likewise; and the event's day and hour over such facts,
            // "Donnerstag, 20. März 2025, 19:30 Uhr" / "Einlass ab 19:00 Uhr", over_event_facts().)
            bool facts_alone = false;
            if (d.is_date_line && b.digits > 0 &&
                (date_in_sentence(b.text, language) || programme_item(b) || listed_dated_item(blocks, i) ||
                 credited_dated_caption(b, d, language) || fact_record_line(p, i, rs, re) ||
                 (!d.published_labelled && over_event_facts(p, i, facts_alone)))) {
                // ("Samedi 13 mars 2027" / "20 h 00" / "Lieu": a date line still, of no day of the page's.)
                const bool date_line = facts_alone;
                d = DateLine{};
                d.is_date_line = date_line;
            }
            // "Joined" / "Mar 12, 2021", "Mitglied seit" / "12.03.2021", "Release date" / "May 3, 2024": a label
            // alone on the line over the date names a day that is not the page's, a forum member's day of joining or
            // an event's (other_day_label_line()).
            if (d.is_date_line && b.digits > 0 && i > 0 && blocks[i - 1].digits == 0 &&
                other_day_label_line(blocks[i - 1].text))
                d = DateLine{};
            // "3 dicembre 2026 - 08:15" / "Aggiornato alle 10:40": an update's time with no day, right under the
            // date line or the dated byline, is on the day published there; with no such day, no guess. (Under
            // the share buttons under the head, the date line over the head gives it, date_over_head().)
            const bool signed_over = i > 0 && (p.role[i - 1] == Role::date || p.role[i - 1] == Role::byline);
            // (A button right over the time: a word or two without a figure or a stop, settled on its counts first.)
            const int most_update_words = 6, most_button_words = 2;
            if (!d.published && !d.updated && b.digits > 0 && i > 0 &&
                (signed_over || (b.words <= most_update_words && p.role[i - 1] == Role::none &&
                                 blocks[i - 1].words <= most_button_words && blocks[i - 1].digits == 0 &&
                                 !blocks[i - 1].end_punct && page_chrome(blocks[i - 1]))))
                if (auto time = update_time_alone(b.text); time && (signed_over || date_over_head(p, i))) {
                    const std::size_t over_line = signed_over ? i - 1 : *date_over_head(p, i);
                    const DateLine over = read_dates(blocks[over_line].text, language, order);
                    if (over.published && over.published->size() >= 10) {
                        d.updated = over.published->substr(0, 10) + *time;
                        d.is_date_line = true;
                    }
                }
            // "Aggiornato alle 18:20" / "24 Novembre 2026": an update's time with no day right over the date line of
            // the record's first day is on that day too (its warning of a date left unresolved is withdrawn).
            if (d.is_date_line && d.published && d.published->size() == 10 && !d.updated && !a.published &&
                !a.updated && i > 0 && p.role[i - 1] == Role::date)
                if (auto time = update_time_alone(blocks[i - 1].text)) {
                    d.updated = *d.published + *time;
                    std::erase(a.warnings, "relative date left unresolved: " + blocks[i - 1].text);
                }
            // "03 dicembre 2026" / "14:52": a clock time alone right under the date line that gave the record's day
            // without a time is that day's time (dates.cpp, clock_time_alone()); "24 Novembre 2026" / "18:20" / "La
            // conferenza stampa finale" / ... / "17:05" / ...: not the stamp of a live blog's first entry, over its
            // title (live_entry_title()).
            if (!d.published && !d.updated && b.digits > 0 && i > 0 && p.role[i - 1] == Role::date &&
                a.published && a.published->size() == 10 && !(i + 1 < blocks.size() && live_entry_title(p, i + 1)))
                if (auto time = clock_time_alone(b.text)) {
                    const DateLine over = read_dates(blocks[i - 1].text, language, order);
                    if (over.published == a.published) {
                        *a.published += *time;
                        d.is_date_line = true;
                    }
                }
            // "Publiziert: 10:14 Uhr", "Publié à 10h12": a publication's or an update's label and a time alone, no
            // date line over it to give the day, print the day the page was read, as "heute, 10:14 Uhr" does: a date
            // line whose day is left unresolved (dates.cpp, labelled_time_alone()).
            // (a label, its fillers and a time: a few words, which settles most lines before their tokens are read)
            const int most_time_line_words = 8;
            if (!d.is_date_line && !d.published && !d.updated && b.digits > 0 && b.words <= most_time_line_words &&
                labelled_time_alone(b.text)) {
                d.relative = true;
                d.is_date_line = true;
            }
            // "... the quay. / That was on March 3, 2019. / The ferries ...": a sentence of the article naming a day,
            // between two lines of its text, is no date line of the page: words other than the date and its labels
            // open it and a stop closes it. (The page's own date lines stand over or under the text.)
            const char last = b.text.back();
            if (d.is_date_line && !d.rest.empty() && (last == '.' || last == '!' || last == '?') && i > rs && i < re &&
                textual(p.raw_quality[i - 1]) && textual(p.raw_quality[i + 1]) &&
                b.text.starts_with(d.rest.substr(0, d.rest.find(' '))) && text::starts_upper(b.text)) {
                p.no_byline_date[i] = true;
                continue;
            }
            // (A line closed by a stop is a sentence, unless its first fact is a date line: "By Kay on 3 March 2021 |
            // 12 Comments. This post may contain affiliate links.")
            const bool closed = last == '.' || last == '!' || last == '?';
            if (!d.is_date_line && (d.published || d.updated) &&
                (!closed || opens_with_dated_fact(b.text, language, order)) &&
                !credited_dated_caption(b, d, language))
                if (auto facts = post_facts_dates(b.text, language, order)) {
                    const bool first_date = !a.published && !a.updated;
                    p.role[i] = Role::date;
                    take_dates(*facts, b.text, a, published_labelled);
                    // "6. Dezember 2022 von Anna in Allgemein": the post's first line of facts names its author (a
                    // lone word printed in small letters elsewhere on the page is a common word, no name).
                    auto names = a.authors.empty() && first_date ? post_facts_authors(b.text, language) : std::nullopt;
                    // ("Veröffentlicht: 3.05.2021 | Autor: mmuster | Abgelegt unter: ...": a label's colon vouches
                    // for the one word after it, printed elsewhere too.)
                    if (names && names->size() == 1 && text::split_ws(names->front()).size() == 1 &&
                        common_word_on_page(p, names->front(), false) && !colon_labelled_name(b.text, names->front()))
                        names.reset();
                    if (names && !names->empty() && takes_names(i))
                        for (auto& name : *names)
                            if (!agency_id(name))
                                a.authors.push_back(name);
                    continue;
                }
            if (d.is_date_line) {
                // (The page's first date line stands with the article's byline; later ones with teasers' or
                // comments'.)
                const bool first_date = !a.published && !a.updated;
                p.role[i] = Role::date;
                take_dates(d, b.text, a, published_labelled);
                // "AFP 12 mars 2021 à 09:15": the agency that wrote the story, printed before its date.
                // "The Canadian Press · Posted: ...", "Press Trust of India | Updated: ...": an agency's name of
                // several words, the line's first fact up to its separator (first_fact()).
                // (The whole fact first: "Europa Press" before "Europa".)
                auto rest_words = text::split_ws(d.rest);
                std::string_view tag = rest_words.empty() ? std::string_view{} : rest_words.front();
                // ("AFP, publié le 6 décembre 2026 à 14h32": the comma after the agency is no part of its name.)
                if (tag.size() > 1 && tag.back() == ',')
                    tag.remove_suffix(1);
                const std::string_view fact = first_fact(d.rest);
                auto ids = fact.size() > tag.size() ? agency_tag(fact) : std::nullopt;
                if (ids)
                    tag = fact;
                else if (!tag.empty())
                    ids = agency_tag(tag);
                if (ids) {
                    if (!a.source_tag)
                        a.source_tag = SourceTag{std::string(tag), *ids};
                } else if (!d.rest.empty()) {
                    // "29. Juni 2017 · von Tobi", "12/04/2020 by Kay 24 Comments": a blog signs its date line with a
                    // first name or a handle, a word printed nowhere on the page in small letters.
                    auto names = byline_authors(without_categories(d.rest, language), language, true);
                    if (!names)
                        names = cut_byline_authors(b.text, language);
                    if (names && names->size() == 1 && text::split_ws(names->front()).size() == 1 &&
                        (!a.authors.empty() || !first_date || common_word_on_page(p, names->front(), false)))
                        names = std::vector<std::string>{};
                    if (names && !names->empty() && takes_names(i)) {
                        for (auto& name : *names)
                            if (!agency_id(name))
                                a.authors.push_back(name);
                    } else if (auto name = a.authors.empty() && first_date ? name_beside_date(p, i, d) : std::nullopt) {
                        a.authors.push_back(std::move(*name));
                    } else if (first_date && !dated_list(p, i)) {
                        // (A date line printing other words may be a dated teaser's or a table of facts' ("Ort
                        // Genf" / "Datum 28.01.2022"): the names line leads to it with a comma.)
                        names_over_date_line(p, i, head_from, true);
                    }
                } else if (first_date) {
                    names_over_date_line(p, i, head_from, false);
                }
                continue;
            }
            p.no_byline_date[i] = true;
            // (Most lines hold none of the few words and marks that a credit, a caption's label or an agency's label
            // needs: may_hold_credit() spares them the tests that read them.)
            const bool credit_signs = may_hold_credit(b);
            // "Fuente: EFE", "Quelle: dpa": the agency credited for the text, before photo credits are sought.
            if (auto ids = credit_signs ? labelled_agency(b.text) : std::nullopt) {
                // (a second one, the record holding a source tag already, is kept with the boilerplate: lossless)
                p.role[i] = a.source_tag ? Role::boilerplate : Role::source_tag;
                if (!a.source_tag)
                    a.source_tag = SourceTag{b.text, *ids};
                continue;
            }
            // "Keystone-SDA" / "01.12.2026, 10:15 Uhr": an agency's name alone over the date line names the agency
            // that wrote the text, as "AFP 12 mars 2021" does before its date, and credits no picture; so does the
            // paper's name joined to it ("Le Courrier du Lac avec AFP", "Gazeta do Vale com Lusa": agency_tag() asks
            // for the joiner before the agency's name, six words at most).
            // (The line under it holds a figure: asked first, it spares most short lines the agency look-up.)
            // ("Article rédigé par franceinfo avec AFP" / "France Télévisions" / "Publié le ...": the outlet's group
            // may stand between the two, outlet_group_line(), and goes to the boilerplate.)
            const bool group_under = b.words <= 6 && i + 2 <= re && p.role[i + 1] == Role::none &&
                                     blocks[i + 1].digits == 0 && !blocks[i + 1].blank_before &&
                                     blocks[i + 2].digits > 0 && outlet_group_line(blocks[i + 1]);
            const std::size_t dated = group_under ? i + 2 : i + 1;
            if (b.words <= 6 && i + 1 <= re && !a.source_tag && p.role[i + 1] == Role::none &&
                blocks[dated].digits > 0) {
                // "Renata Moraes / Bento Figueira, SP (Folhapress) / 03.dez.2026 às 11h25": so does the place the
                // text was filed from with the agency after it (place_agency_line()); "Mario Rossi (ANSA)" with no
                // author known is the byline, read with the date under it (names_over_date_line()).
                auto ids = agency_tag(b.text);
                if (!ids && b.text.back() == ')' &&
                    (!a.authors.empty() || b.text.find(',') != std::string::npos || !names_over_date(b.text)))
                    ids = place_agency_line(b.text);
                if (ids && read_dates(blocks[dated].text, language, order).is_date_line) {
                    p.role[i] = Role::source_tag;
                    if (group_under)
                        p.role[i + 1] = Role::boilerplate;
                    a.source_tag = SourceTag{b.text, *ids};
                    // "Jeanne Morel (avec AFP)" / "Le 07/12/2026 à 10:12": a person's name joined to the agency is
                    // the byline's author too (not the site's name printed above it: "Harbour Weekly with AP"), and
                    // the tag's raw is the agency's part as printed ("(avec AFP)"), as for "Par Jeanne Morel avec
                    // AFP".
                    if (a.authors.empty())
                        if (auto joined = name_joined_to_agency(b.text); joined && !printed_above(p, i, joined->name) &&
                                                                        !common_word_on_page(p, joined->name, true)) {
                            a.source_tag->raw = std::string(joined->credit);
                            a.authors.push_back(std::move(joined->name));
                        }
                    continue;
                }
            }
            // "Published - December 5, 2026 6:45 pm IST" / "PTI" / "READ LATER": an agency's name alone right under the
            // record's date line names it as it does over it; so it does under the record's byline, the date line
            // read above ("di Mario Rossi" / "Ats/Red", "Von Anna Muster" / "dpa", "Par Jeanne Dupont" / "ATS"), and
            // under the desk's abbreviation signing as a byline does, though it names no author ("di Red" / "Ats/Red",
            // "Réd." / "ATS": desk_abbreviation_line()).
            if (b.words <= 6 && i > head_from && !a.source_tag && (a.published || a.updated) &&
                (p.role[i - 1] == Role::date || p.role[i - 1] == Role::byline || desk_abbreviation_line(blocks[i - 1])))
                if (auto ids = agency_tag(b.text)) {
                    p.role[i] = Role::source_tag;
                    a.source_tag = SourceTag{b.text, *ids};
                    continue;
                }
            // "About" / "Archive" / "Contact": a credit's word alone between two entries of a menu is an entry too.
            auto menu_entry = [&] {
                return b.words == 1 && !b.blank_after && i + 1 < blocks.size() && blocks[i + 1].words <= 3 &&
                       !blocks[i + 1].end_punct && in_menu(p, i);
            };
            // "Jeanne Dupont / ATS" / "Le niveau du lac ...", "Anna Muster / dpa" / "Die Bahnstrecke ...": the author
            // with the text agency over the text's first paragraph, no date line under it, signs the text.
            if (a.authors.empty() && !a.source_tag && agency_signature_over_text(p, i)) {
                if (auto names = names_over_date(b.text)) {
                    p.role[i] = Role::byline;
                    take_signature_names(a, std::move(*names));
                    continue;
                }
            }
            // "Ruud Claessens © ANP", "Anna Muster © Keystone": a person's bare name before the copyright sign and the
            // agency is the caption of the person the picture shows when a sentence of the article prints that name
            // ("Trainer Ruud Claessens van FC Dijkerveld stopt ..."); a photographer's name is printed nowhere else
            // ("Marta Kowal © Reuters", "Jean Dufaux © AFP"): the line is the credit of a picture, which
            // collect_media() pairs with its caption or prints without one.
            if (auto shown = credit_signs && b.text.find("\u00a9") != std::string::npos ? name_over_copyright(b.text)
                                                                                      : std::nullopt) {
                if (std::any_of(blocks.begin() + static_cast<std::ptrdiff_t>(head_from),
                                blocks.begin() + static_cast<std::ptrdiff_t>(std::min(re + 1, blocks.size())),
                                [&](const Block& t) {
                                    return &t != &b && t.end_punct && t.text.find(shown->first) != std::string::npos;
                                })) {
                    p.role[i] = Role::caption;
                    a.media.push_back(Media{std::move(shown->first), std::move(shown->second)});
                } else {
                    p.role[i] = Role::credit;
                }
                continue;
            }
            // ("Jeanne Dupont / ATS" / "24.11.2026, 14:12": the byline, read with the date line under it.)
            // ("<letter> / Dr. Anna Muster, Hafenstadt / <letter>": a reader's signature credits no picture.)
            if (credit_signs && is_credit_line(b) && !menu_entry() && !agency_signature_over_date(p, i) &&
                !letter_signature(blocks, i, rs, re)) {
                p.role[i] = Role::credit;
                continue;
            }
            // "<caption>" / "Karin Hofer / NZZ", "Ouest-France": the page's own name credits the picture as an
            // agency's, on the line under the caption or closing it.
            if (credit_shaped_under_caption(p, i) && own_name_credit_under_caption(p, i, own_names())) {
                p.role[i] = Role::credit;
                continue;
            }
            if (own_name_caption(i))
                continue;
            if (auto caption = credit_signs ? labelled_caption(b.text) : std::nullopt) {
                p.role[i] = Role::caption;
                // "Bildunterschrift: Die alte Brücke ist marode. Foto: Anna Roe": the credit closing the caption is
                // the picture's credit, as on a caption printed without its label.
                if (auto split = split_trailing_credit(*caption)) {
                    a.media.push_back(Media{std::move(split->first), std::move(split->second)});
                    continue;
                }
                // "Hauptbild: Rangerin Tia Waaka am Strand." / "" / "Foto: Lena Ford": a credit line under it after a
                // blank line is its credit: collect_media() pairs them (its label dropped there,
                // drop_caption_picture_labels()). (Right under it, with no blank line, sources_by_labelled_captions()
                // pairs them: "Pie de foto, <caption>" / "Fuente de la imagen, Reuters".)
                if (i + 1 <= re && blocks[i + 1].blank_before && p.role[i + 1] == Role::none &&
                    is_credit_line(blocks[i + 1])) {
                    p.role[i] = Role::none;
                    continue;
                }
                a.media.push_back(Media{std::move(*caption), std::nullopt});
                continue;
            }
            // "Gemeindepräsidentin Regula Aebischer vor dem Schulhaus. Bild: Keystone": a caption with its credit.
            if (auto split = credit_signs ? split_trailing_credit(b) : std::nullopt) {
                // "Ein Nachtzug im Bahnhof. (Archivbild)" / "Bild: Keystone/Lukas Meier": a picture's label with the
                // credit on the line under it stays in the caption that credit takes (collect_media()).
                if (picture_label_credit(split->second) && i + 1 <= re && is_credit_line(blocks[i + 1]))
                    continue;
                // "... participaron en la investigación. EFE", "... au printemps. AFP": a paragraph closed by the name
                // of the agency that wrote the text, under the text's paragraphs and over none, is the text's last
                // paragraph signed by the agency (agency_after_stop(); the tail reads its tag), no picture's caption.
                if (agency_signed_last_paragraph(p, i, re, split->second))
                    continue;
                p.role[i] = Role::caption;
                a.media.push_back(Media{split->first, split->second});
                continue;
            }
        } else if (b.words <= most_labelled_caption) {
            if (auto split = dashed_credit_closing(b)) {
                p.role[i] = Role::caption;
                a.media.push_back(Media{std::move(split->first), std::move(split->second)});
                continue;
            }
            if (own_name_caption(i))
                continue;
            // "Helfer bauen am Hafen Zelte auf und ... mit Essen und Getränken. Foto: Jane Roe/Hafenhilfe": a longer
            // caption, closed by a credit that says it is a picture's ("Foto:", "Photo:", "Bild:"); a paragraph closed
            // by the source of its text ("Quelle: dpa") stays a paragraph.
            if (!may_hold_picture_credit(b))
                continue;
            if (auto split = split_trailing_credit(b); split && picture_credit(split->second)) {
                p.role[i] = Role::caption;
                a.media.push_back(Media{split->first, split->second});
                continue;
            }
        }
        // "Figure 1: Failed builds per day in March." / "Abb. 3: Der alte Hafen um 1900.": a figure's caption between
        // the paragraphs (its credit, when one closes it, split off).
        if (b.words <= most_labelled_caption && figure_caption(b.text)) {
            add_caption(i);
            continue;
        }
        // "Senator Ann Hill (right) greets the delegates at the pier.", "Anna Muster (links) mit dem neuen Kran":
        // a caption tells where the person stands in the picture; a paragraph of the text does not. (Its credit,
        // when one closes it, is split off: "... an der Mole. (Foto: Jane Roe)"; a credit on the next line takes the
        // caption over it with collect_media().)
        if (b.words <= most_labelled_caption && (pictured_position(b.text) || pictured_subject(b.text)) &&
            !(i + 1 <= re && is_credit_line(blocks[i + 1])))
            add_caption(i);
    }
    // "<chapeau> / J.G. / Publié le 09/12/26 à 11h20", "<Lead> / A.M. / Von Anna Muster": a signature of initials alone
    // over the date line or the byline signs the text as they do, though it names no person (no author: authors are
    // people's names); kept with the boilerplate, it ends the standfirst over it as the date line would.
    // (Gated on the line's length and its first and last bytes before its letters are read.)
    for (std::size_t i = head_from; i < re; ++i)
        if (p.role[i] == Role::none && blocks[i].text.size() <= 16 && blocks[i].text.size() >= 4 &&
            blocks[i].text.back() == '.' &&
            blocks[i].text.front() >= 'A' && blocks[i].text.front() <= 'Z' &&
            (p.role[i + 1] == Role::date || p.role[i + 1] == Role::byline) && initials_signature(blocks[i].text))
            p.role[i] = Role::boilerplate;
    // "... the last sentence of the text." / "Tags: harbour" / "Text: Jane Roe": a page printing no byline over the
    // text may sign it under its end, among the labels that close it, a few lines after the region.
    // "Datum: 3.05.2021" / "Autor: Jane Roe" / "Quelle: Hafenblatt": a label closed by a colon signs it further
    // down, under the links that close the text.
    const std::size_t closing_lines = 3, labelled_closing_lines = 12;
    if (a.authors.empty() && std::find(p.role.begin(), p.role.end(), Role::byline) == p.role.end())
        for (std::size_t i = re + 1; i < blocks.size() && i <= re + labelled_closing_lines; ++i) {
            if (p.role[i] != Role::none || blocks[i].words > 30)
                continue;
            // ("erstellt von Kira — veröffentlicht 14.03.2023": a byline with its date, under the links too.)
            const bool far = i > re + closing_lines && !colon_byline_label(blocks[i].text);
            const bool dated = blocks[i].digits > 0 && find_date(blocks[i].text, language);
            if (far && !dated)
                continue;
            auto byline = byline_authors(blocks[i].text, language);
            // "März 14, 2023 von Kira Kategorien: Hafen": the post's facts under its text, its date first.
            const bool facts = (!byline || byline->empty()) && dated && leading_date(blocks[i].text, language);
            if (facts)
                byline = post_facts_authors(blocks[i].text, language);
            // "More stories" / "Title" / "By Jane Roe 12 May 2022" / "Title" / "By John Doe 12 May 2022": the dated
            // bylines of a list of teasers.
            const auto teaser_byline = [&](std::size_t k) {
                return p.role[k] == Role::none && blocks[k].digits > 0 && byline_authors(blocks[k].text, language);
            };
            if (far && ((i + 2 < blocks.size() && (teaser_byline(i + 1) || teaser_byline(i + 2))) ||
                        teaser_byline(i - 1) || teaser_byline(i - 2)))
                continue;
            // (A first name or a handle so read is no word the page prints in small letters.)
            if (!byline || byline->empty() ||
                ((far || facts) && byline->size() == 1 && byline->front().find(' ') == std::string::npos &&
                 common_word_on_page(p, byline->front(), false)))
                continue;
            p.role[i] = Role::byline;
            for (auto& name : *byline)
                if (!agency_id(name))
                    a.authors.push_back(name);
            break;
        }
    if (!a.published)
        filing_sentence_date(p, order, published_labelled);
    if (!a.published && !a.updated)
        closing_date(p, re, order, published_labelled);
    closing_labelled_dates(p, rs, re, order, published_labelled);
    closing_update(p, re, order);
    if (!a.published && !a.updated)
        opening_paragraph_date(p, rs, re);
    wire_stamp_date(p, re);
}

bool filing_place_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && !b.blank_before && b.words <= 2 && b.digits == 0 && !b.end_punct &&
           b.upper_initial == b.words && (b.words == 1 || !names_line(b.text));
}

std::size_t past_share_buttons(const Page& p, std::size_t k, std::size_t last) {
    const std::size_t most_buttons = 3;
    std::size_t j = k;
    while (j <= last && j < k + most_buttons && (p.role[j] == Role::none || p.role[j] == Role::boilerplate) &&
           share_button(p.blocks[j]))
        ++j;
    return j;
}

void mark_names_under_headline(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    if (!a.authors.empty() || std::find(p.role.begin(), p.role.end(), Role::byline) != p.role.end())
        return;
    const auto at = std::find(p.role.begin(), p.role.end(), Role::headline);
    if (at == p.role.end())
        return;
    const auto head = static_cast<std::size_t>(at - p.role.begin());
    // "Headline" / "Jane Roe" / "Senior Reporter" / text: the names within three lines under the headline, past its
    // lede, its date, a picture's lines and short lines of the page's furniture ("Follow", a job title); a longer line
    // is the text, and names under it are no byline.
    const std::size_t most_below = 3;
    const int most_furniture_words = 4;
    std::size_t last = head + most_below;
    bool copied = false, standfirst_over_names = false;
    const auto masthead = [&](std::size_t k) { return masthead_again(p, k); };
    for (std::size_t i = head + 1; i < blocks.size() && i <= last; ++i) {
        const Role r = p.role[i];
        // "Headline" / "12.03.2023 | Hafen" / "Headline" / "Jane Roe": the page prints its headline again over the
        // text; the names are sought under the copy too.
        if (blocks[i].text == blocks[head].text) {
            last = i + most_below;
            copied = true;
            continue;
        }
        // "Headline" / "Anna Muster, Lena Brandt" / "Foto: Max Roe": names right under the headline over a picture's
        // credit were taken for the picture's caption; they are the byline when the page prints them inside none of
        // its sentences (a portrait's caption names the person the text is about).
        const bool credited_names = r == Role::caption && i == head + 1 && i + 1 < blocks.size() &&
                                    p.role[i + 1] == Role::credit && names_line(blocks[i].text);
        // ("<linha fina> / <legenda - crédito> / Marina Albuquerque / Thiago Resende / Brasília / <date>": the lead
        // picture's lines do not count among the three.)
        if (r == Role::credit || (r == Role::caption && !credited_names)) {
            ++last;
            continue;
        }
        if (r == Role::lede || r == Role::date)
            continue;
        if (r != Role::none && r != Role::boilerplate && !credited_names)
            return;
        // "Headline" / "Ouest-Breizh" / "Yann Kerhervé." / "Publié le ...": the site's name that the page prints over
        // the headline (its masthead) printed again under it names nobody; the names are sought under it.
        // ("Headline" / "Agenzia ANSA" / "(ANSA) - ROMA, ...": the wire's name there names nobody either; agencies go
        // to the source tag.)
        if (masthead(i) || agency_name_line(blocks[i].lower))
            continue;
        // ("Letzte Aktualisierung" / "02.03.2023": the label of the date under it is no name.)
        auto names = names_line(blocks[i].text);
        if (names && opens_date_label(text::split_ws(blocks[i].text), 0))
            names.reset();
        if (!names) {
            // "Headline" / "Die Reederei streicht vier Fahrten" / "Lena Sommer" / "Paul Meier" / "24.11.2026": a
            // short standfirst with no stop, right under the headline, that the lede was not given, over two names
            // alone on two lines right over the date line (the shape read below).
            if (i == head + 1 && !blocks[i].end_punct && i + 3 < blocks.size() && p.role[i + 3] == Role::date &&
                p.role[i + 1] == Role::none && p.role[i + 2] == Role::none && names_line(blocks[i + 1].text) &&
                names_line(blocks[i + 2].text)) {
                standfirst_over_names = true;
                continue;
            }
            if (blocks[i].words > most_furniture_words)
                return;
            continue;
        }
        // "Jane Roe" / "John Doe" / "Ann Lee": a run of names is a list of people or a menu's, no byline; and so is a
        // name whose words the page prints in small letters ("Harbour Master") or inside its sentences (a topic).
        // "Ferries" / "Trains" / "Jane Roe": the last entry of a menu; "Characters:" / "Jane Roe": a list's first
        // entry under its label; "Jane Roe" / "Donate" / "Account": an entry of a menu going on under it (the line
        // under a byline is blank, the date, a job title, the button to follow the author, a picture's credit or the
        // text).
        const auto name_line_at = [&](std::size_t k) { return !masthead(k) && names_line(blocks[k].text).has_value(); };
        // "Headline" / "Jeanne Dupont" / "Marc Favre" / "Publié le 24 novembre 2026": two names alone on two lines,
        // right under the headline or its lede, right over the date line, are the byline's two authors (a list of
        // people runs on or stands apart from the date).
        // "<linha fina> / <legenda> / Marina Albuquerque / Thiago Resende / Brasília / 5.dez.2026 às 14h32",
        // "<entradilla> / Ana Ruiz / Luis Gil / Sevilla / 24/11/2026": the place the authors file from, a line of one
        // or two capitalised words (no third name), may stand between them and the date line; the lead picture's
        // caption or credit, or a button (" Copiar link": three words at most, no stop), between the lede and them.
        const auto place_at = [&](std::size_t k) { return filing_place_line(p, k); };
        const std::size_t names_date =
            i + 3 < blocks.size() && p.role[i + 2] == Role::none && place_at(i + 2) ? i + 3 : i + 2;
        const Role over = i > 0 ? p.role[i - 1] : Role::none;
        const int most_button_words = 3;
        const bool button_over = i > head + 1 && (over == Role::none || over == Role::boilerplate) &&
                                 blocks[i - 1].words <= most_button_words && !blocks[i - 1].end_punct;
        if (!names->empty() && names->size() == 1 && names_date < blocks.size() && p.role[names_date] == Role::date &&
            p.role[i + 1] == Role::none &&
            (i == head + 1 || over == Role::lede || (standfirst_over_names && i == head + 2) || over == Role::caption ||
             over == Role::credit || button_over) &&
            !blocks[i + 1].blank_before && !blocks[names_date].blank_before) {
            // (A paper's name reads as a name with its small words: "Diario del Alto Turia"; the second name is two
            // or three capitalised words.)
            const auto second = names_line(blocks[i + 1].text);
            const auto plain_name = [](const std::string& name) {
                const auto words = text::split_ws(name);
                return words.size() >= 2 && words.size() <= 3 &&
                       std::all_of(words.begin(), words.end(),
                                   [](std::string_view w) { return text::starts_upper(w); });
            };
            if (second && second->size() == 1 && plain_name(second->front()) && plain_name(names->front()) &&
                !masthead(i + 1) && !over_outlet_and_date(p, i) &&
                std::none_of(names->begin(), names->end(),
                             [&p](const std::string& name) { return common_word_on_page(p, name, true); }) &&
                !common_word_on_page(p, second->front(), true) && !printed_above(p, head, blocks[i].text) &&
                !printed_above(p, head, blocks[i + 1].text)) {
                p.role[i] = p.role[i + 1] = Role::byline;
                if (names_date > i + 2)
                    p.role[i + 2] = Role::byline; // (the place: no author, no dateline)
                a.authors = {names->front(), second->front()};
                return;
            }
        }
        if ((i + 1 < blocks.size() && name_line_at(i + 1)) || (i > head + 1 && name_line_at(i - 1)) ||
            (in_menu(p, i) && p.role[i - 1] != Role::date) || blocks[i - 1].text.back() == ':')
            return;
        // "<headline> / <entradilla> / Clara Vidal / Madrid / <text>": one name right under the headline or its lede,
        // over the place it files from (place_at()) and the date line or the text's first paragraph (a sentence of
        // twelve words at least), the three glued together, is the byline, and the place the text's dateline.
        // ("Harold Finch / Donate / <blank> / <text>": a menu's button over a blank line is no place.)
        // ("<linha fina> / Rui Tavares / Braga / Partilhar no Facebook / <text>": share buttons may stand between.)
        const int least_text_words = 12;
        const std::size_t text_at = i + 2 < blocks.size() ? past_share_buttons(p, i + 2, blocks.size() - 1) : i + 2;
        const bool placed = text_at < blocks.size() && (i == head + 1 || over == Role::lede) && place_at(i + 1) &&
                            !name_line_at(i + 1) && !blocks[i + 1].boilerplate && !blocks[i + 2].blank_before &&
                            (p.role[text_at] == Role::date ||
                             (p.role[text_at] == Role::none && blocks[text_at].end_punct &&
                              blocks[text_at].words >= least_text_words));
        if (i + 1 < blocks.size()) {
            const Block& under = blocks[i + 1];
            const Role next = p.role[i + 1];
            const bool dated = next == Role::date || under.digits > 0;
            const bool picture = next == Role::credit || next == Role::caption;
            if (!under.blank_before && !dated && !picture && next != Role::lede && !placed &&
                under.words <= most_furniture_words && !job_title_line(under.text) && !follow_button(under.text))
                return;
            // "Headline" / "Headline" / "Ort Genf" / "Datum 28.01.2022": under the headline's copy, a line of names
            // stands apart from the next (the text's first paragraph, set off by a blank line); a row of a table of
            // facts runs on into the next row.
            if (copied && !under.blank_before)
                return;
        }
        if (std::any_of(names->begin(), names->end(),
                        [&p](const std::string& name) { return common_word_on_page(p, name, true); }))
            return;
        // "Radio Lorval" over the headline and again under it: the site's name or a menu's entry, printed twice.
        const std::string& text = blocks[i].text;
        if (std::any_of(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(head),
                        [&text](const Block& b) { return b.text == text; }))
            return;
        if (credited_names) {
            for (Media& m : a.media)
                if (m.caption == text)
                    m.caption.reset();
            std::erase_if(a.media, [](const Media& m) { return !m.caption && !m.credit; });
        }
        p.role[i] = Role::byline;
        // (The place is the text's dateline, as under a byline's label: "Par Anne Roe" / "Lausanne" / <text>,
        // drop_place_over_date(), which ran before the name was known.)
        if (placed) {
            p.role[i + 1] = Role::boilerplate;
            if (!a.dateline)
                a.dateline = blocks[i + 1].text;
        }
        a.authors = std::move(*names);
        // ("Jane Roe" / "Senior Reporter" / "Tom Hale" / "Business reporter": the authors each over its job title.)
        if (a.authors.size() == 1 && i + 1 < blocks.size() && job_title_line(blocks[i + 1].text))
            for (const std::size_t k : coauthors_over_titles(p, i)) {
                p.role[k] = Role::byline;
                a.authors.push_back(names_line(blocks[k].text)->front());
            }
        return;
    }
}

} // namespace archive
