// The kicker's rules of the article's opening (mark_opening(), classify_head.cpp): a label over the headline told
// from a menu's or a breadcrumb's last item, a button, a status flag, a subscribers' badge or a wire's slug; what
// ends the page's furniture over it; a label in capitals that names no person; a longer kicker over a signed head.
#include "byline_bio.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "head_parts.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "notices_parts.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "lexicon.hpp"
#include "text.hpp"
#include "topic_lines.hpp"

#include <algorithm>

namespace archive {

// A short label in capitals: "HANDBALL - LIGUE 1 (5e JOURNÉE)", "CICLISMO / VUELTA 2026": no small letter but the
// ending of an ordinal glued to its figure ("12e", "3rd", "2ª"), a few words, no final stop.
bool capitals_label(const Block& b) {
    const int most_words = 8, least_letters = 3;
    const std::size_t most_chars = 50;
    if (b.words > most_words || b.chars > most_chars || b.letters < least_letters || b.end_punct)
        return false;
    const std::string_view t = b.text;
    bool after_digit = false;
    for (std::size_t i = 0; i < t.size();) {
        const char32_t cp = text::next_cp(t, i);
        if (text::is_letter(cp)) {
            if (!text::is_upper(cp) && !after_digit)
                return false;
        } else {
            after_digit = text::is_digit(cp);
        }
    }
    return true;
}

namespace {

// "allerta" in "un'allerta arancione", "la sentenza" in the text, "allerta meteo" in the tags: word w (small
// letters) printed in small letters as a whole word on a line of the page other than line k.
bool printed_small(const Page& p, std::size_t k, std::string_view w) {
    for (std::size_t j = 0; j < p.blocks.size(); ++j)
        if (j != k && p.blocks[j].text.size() >= w.size() && whole_words_at(p.blocks[j].text, w))
            return true;
    return false;
}

} // namespace

// "IL PROVVEDIMENTO", "LA SENTENZA", "EL JUICIO", "ALLERTA METEO", "SERIE A": a label in capitals of a few words,
// which names_line() reads as a person's name in capitals (two capitalised words), names none when it opens with an
// article of the page's language, closes on a letter alone with no dot (no surname is one letter; an initial has its
// dot), or when each of its words is printed in small letters elsewhere on the page (a name's words are capitalised
// wherever they stand: "allerta meteo" in the tags, "la sentenza" in the text).
bool capitals_label_no_name(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int least_words = 2, most_words = 4;
    if (b.words < least_words || b.words > most_words || !capitals_label(b))
        return false;
    const std::vector<std::string_view> words = text::split_ws(b.lower);
    if (words.size() < 2)
        return false;
    const Lexicon* own = lexicon(p.language);
    const LexiconSection* articles = own != nullptr ? own->section("articles") : nullptr;
    if (articles != nullptr && articles->has(words.front()))
        return true;
    if (words.back().size() == 1 && words.back()[0] >= 'a' && words.back()[0] <= 'z')
        return true;
    return std::all_of(words.begin(), words.end(), [&](std::string_view w) { return printed_small(p, k, w); });
}

// "Accueil Faits divers Saint-Aubin-des-Prés" over "Faits divers", "Home News World Europe" over "Europe",
// "Nieuws Regio Antwerpen" over "Antwerpen": the page's breadcrumb copied without its separators, a short line of no
// stop, figure nor link, which holds the label under it as one of its pieces, and which opens with the link to the
// site's home page (lexicon section home_labels) or reads as labels the page prints alone on lines above it (a menu's
// entries, crumb_trail()) and then the label.
bool unseparated_crumb(const Page& p, std::size_t k, std::string_view label) {
    const int most_words = 12;
    const Block& crumb = p.blocks[k];
    if (crumb.words < 2 || crumb.words > most_words || crumb.end_punct || crumb.digits > 0 || crumb.urls > 0 ||
        crumb.separators > 0 || label.empty() || crumb.text.size() <= label.size())
        return false;
    const std::string_view line = crumb.text;
    static const LexiconSection& home = any_language_section("home_labels");
    if (home.has(text::lower(text::first_token(line)))) {
        for (std::size_t at = line.find(label, 1); at != std::string_view::npos; at = line.find(label, at + 1))
            if (line[at - 1] == ' ' && (at + label.size() == line.size() || line[at + label.size()] == ' '))
                return true;
        return false;
    }
    const int most_label_words = 4;
    auto printed_alone = [&](std::string_view piece) {
        return std::any_of(p.blocks.begin(), p.blocks.begin() + static_cast<std::ptrdiff_t>(k), [&](const Block& b) {
            return b.words <= most_label_words && !b.end_punct && b.text == piece;
        });
    };
    return crumb_trail(line, label, printed_alone);
}

// "Fútbol | Preferente", "Sociedad / Educación", "Sport › Tennis": a kicker of two or three labels joined by one
// separator (a section and its subsection), each label a word or two, capitalised, no figure; the first no link to the
// site's home page (lexicon section home_labels: "Home | Sport" is a breadcrumb's), none printed alone on a line above
// the line `k` ("Video" / "Cronaca" / ... / "Video > Cronaca": a breadcrumb through the menu's entries).
bool joined_labels(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const std::size_t least_pieces = 2, most_pieces = 3, most_piece_words = 2;
    const int most_words = 8;
    if (b.words > most_words || b.digits > 0 || b.urls > 0 || b.end_punct || b.boilerplate)
        return false;
    const std::string_view line = b.text;
    for (std::string_view mark : {" | ", " / ", " \u203a ", " > ", " \u00b7 "}) {
        if (line.find(mark) == std::string_view::npos)
            continue;
        // (The block's text is trimmed: it does not end with the mark, whose last byte is a space.)
        std::vector<std::string_view> pieces;
        for (std::size_t from = 0; from < line.size();)
            pieces.push_back(text::trim(next_fact(line, from, {&mark, 1})));
        if (pieces.size() < least_pieces || pieces.size() > most_pieces)
            return false;
        static const LexiconSection& home = any_language_section("home_labels");
        if (home.has(text::lower(pieces.front())))
            return false;
        return std::all_of(pieces.begin(), pieces.end(), [&](std::string_view piece) {
            const auto words = text::split_ws(piece);
            return !words.empty() && words.size() <= most_piece_words &&
                   std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); }) &&
                   !printed_above(p, k, piece);
        });
    }
    return false;
}

// "Faits divers - Justice", "Politik – Inland", "Sport - Football": a rubric and its subrubric joined by a spaced dash,
// each a word or two, the first opening on a capital, no figure and no stop: the end of a breadcrumb, no title.
bool dashed_rubric(const Block& b) {
    const int most_words = 4;
    const std::size_t most_piece_words = 2;
    if (b.words < 2 || b.words > most_words || b.digits > 0 || b.urls > 0 || b.end_punct)
        return false;
    const std::string_view line = b.text;
    for (std::string_view mark : {" - ", " \u2013 "}) {
        const std::size_t at = line.find(mark);
        if (at == std::string_view::npos)
            continue;
        const std::string_view first = text::trim(line.substr(0, at));
        const std::string_view second = text::trim(line.substr(at + mark.size()));
        const std::size_t first_words = text::split_ws(first).size(), second_words = text::split_ws(second).size();
        return first_words >= 1 && first_words <= most_piece_words && second_words >= 1 &&
               second_words <= most_piece_words && text::starts_upper(first) && text::starts_upper(second);
    }
    return false;
}

// "Portada / Local / Deportes / Opinión / Opinión / <headline>": the line right over the headline `h` is the last
// entry of a menu laid out one entry a line (two short lines at least over it, no stop, no figure, or the home page's
// link alone), printed again right under it and nowhere else above; a plain label of three words at most, no person's
// name nor job.
bool menu_entry_again(const Page& p, std::size_t h) {
    const int most_words = 3;
    const std::size_t least_entries = 2;
    const std::vector<Block>& blocks = p.blocks;
    if (h < 3 || p.role[h - 1] != Role::duplicate || blocks[h - 1].text != blocks[h - 2].text)
        return false;
    const Block& label = blocks[h - 1];
    if (label.words > most_words || label.end_punct || label.digits > 0 || label.boilerplate || !heading_like(label) ||
        names_line(label.text) || job_title_line(label.text))
        return false;
    auto entry = [&](std::size_t k) {
        return blocks[k].words <= most_words && !blocks[k].end_punct && blocks[k].digits == 0 && blocks[k].urls == 0;
    };
    // "Accueil / Société / Société / <headline>", "Home / Politics / Politics / <headline>": a breadcrumb's, the link
    // to the home page (lexicon section home_labels) the only entry over it.
    static const LexiconSection& home = any_language_section("home_labels"); // (merged once)
    const bool home_over = entry(h - 3) && home.has(text::lower(text::trim(blocks[h - 3].text)));
    if (!home_over) {
        if (h < 2 + least_entries)
            return false;
        for (std::size_t k = h - 2 - least_entries; k < h - 2; ++k)
            if (!entry(k))
                return false;
    }
    return !printed_above(p, h - 2, label.text);
}

// "World / U.S. / Politics / Business / Search / <headline>", "Sport / Kultur / Suche / <headline>", "Watch /
// Listen / <headline>": on a page without blank lines, a menu's link to one of the site's tools (lexicon section
// menu_tool_labels) under another of the menu's entries (a short line without a stop, a figure or a blank line under
// it) is the menu's last item, no kicker: it names no section.
bool menus_tool_item(const std::vector<Block>& blocks, std::size_t k) {
    static const LexiconSection& tools = any_language_section("menu_tool_labels"); // (merged once)
    auto entry = [](const Block& b) { return b.words <= 3 && !b.end_punct && b.digits == 0 && !b.blank_after; };
    return k > 0 && entry(blocks[k - 1]) && tools.has(text::trim(blocks[k].lower));
}

// "Cookies erlauben?" / "Alle akzeptieren", "This website uses cookies. Read our cookie policy." / "Got it": line k is
// the button of a cookie banner, a short line (three words at most, no figure, no stop but a question's) right under
// a line of twenty words at most that names cookies (common lexicon section consent_words), whatever else it says.
bool consent_banner_button(const std::vector<Block>& blocks, std::size_t k) {
    const int most_words = 3, most_banner_words = 20;
    if (k == 0 || blocks[k].words > most_words || blocks[k].words == 0 || blocks[k].digits > 0 ||
        blocks[k].blank_before || blocks[k].text.ends_with('.'))
        return false;
    const Block& banner = blocks[k - 1];
    if (banner.words > most_banner_words)
        return false;
    static const LexiconSection* cookies = common_lexicon().section("consent_words"); // (looked up once)
    const auto& words = banner.lower_words();
    return cookies != nullptr &&
           std::any_of(words.begin(), words.end(), [](const auto& w) { return cookies->has(w); });
}

// "We use cookies to improve your experience on our site." / "OK" / <headline>, "Wir verwenden Cookies ..." / "Alle
// akzeptieren" / <headline>: line k is a cookie banner's button (consent_banner_button()) that says so (common lexicon
// section consent_button_labels), no label: "<cookie notice> / Politics / <headline>" keeps its kicker.
bool consent_button_line(const std::vector<Block>& blocks, std::size_t k) {
    static const LexiconSection* labels = common_lexicon().section("consent_button_labels"); // (looked up once)
    return labels != nullptr && labels->has(text::trim(blocks[k].lower)) && consent_banner_button(blocks, k);
}

// "Necrologie / Cerca necrologi / Pubblica un necrologio / <headline>", "Esquelas / Publicar una esquela /
// <headline>", "Notices / Place a notice / <headline>": a link of two to four words opened by an imperative of a
// site's action (lexicon section menu_action_words) under another entry of the menu (a short line without a stop or a
// figure) is the menu's last link, a button: it names no section.
bool menus_action_link(const std::vector<Block>& blocks, std::size_t k) {
    const int least_words = 2, most_words = 4;
    const Block& b = blocks[k];
    if (k == 0 || b.words < least_words || b.words > most_words || b.end_punct || b.digits != 0)
        return false;
    const Block& above = blocks[k - 1];
    if (above.words > 3 || above.end_punct || above.digits != 0)
        return false;
    static const LexiconSection& verbs = any_language_section("menu_action_words"); // (merged once)
    return verbs.has(text::first_token(b.lower));
}

// "Politik / Kultur / Wissen / Europäische Union / <headline>", "News / Sport / Culture / Climate protests in Berlin /
// <headline>": on lines without a blank one between, a label of two or three words under a menu whose entries are
// single words stands out of the menu's shape: the article's label, not the menu's last item, though it holds more
// than one capital: two one-word entries at least, under the run's top line, which may be the site's name ("ZEIT
// ONLINE"). A menu with an entry of several words, "Guernsey / Isle of Man / Jersey / Local News", has the label's
// shape.)
bool outgrows_menu(const std::vector<Block>& blocks, std::size_t k) {
    const std::size_t least_entries = 2;
    auto entry = [](const Block& b) { return b.words <= 3 && !b.end_punct && b.digits == 0 && !b.blank_after; };
    if (k < least_entries || blocks[k].words < 2 || blocks[k].words > 3 || blocks[k].digits != 0 ||
        blocks[k].blank_before)
        return false;
    std::size_t top = k;
    while (top > 0 && entry(blocks[top - 1]) && !blocks[top].blank_before)
        --top;
    // "Audio & Podcasts / Bern Freiburg Wallis / News / Schweiz / Schneechaos im Wallis / <headline>": the breadcrumb
    // right over the label, up to four lines printing again entries of the menu above them, is judged alone: a
    // menu's entry of several words far above it says nothing of the label's shape.
    auto printed_earlier = [&](std::size_t j) {
        for (std::size_t i = 0; i < j; ++i)
            if (blocks[i].lower == blocks[j].lower)
                return true;
        return false;
    };
    const std::size_t most_crumbs = 4;
    std::size_t crumb = k;
    while (crumb > top && k - crumb < most_crumbs && printed_earlier(crumb - 1))
        --crumb;
    if (k - crumb >= least_entries)
        return std::all_of(blocks.begin() + static_cast<std::ptrdiff_t>(crumb),
                           blocks.begin() + static_cast<std::ptrdiff_t>(k),
                           [](const Block& b) { return b.words == 1; });
    for (std::size_t j = top + 1; j < k; ++j)
        if (blocks[j].words != 1)
            return false;
    return (blocks[top].words == 1 ? k - top : k - top - 1) >= least_entries;
}

namespace {

// "MARCO ROSSI", "Ana Torres": a line whose first word is a given name the lexicon knows (known_given_name_words).
bool given_name_first(const Block& b) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const text::Words& words = b.lower_words();
    return given != nullptr && !words.empty() && given->has(words.front());
}

} // namespace

// "PRESUPUESTOS GENERALES DEL ESTADO", "LEGGE DI BILANCIO DELLO STATO", "FINANCES PUBLIQUES DE L'ÉTAT": a label in
// capitals (capitals_label()) of four words or more that no given name the lexicon knows opens names a topic, though
// names_line() reads its capitalised words and particles as a person's name ("JOSÉ LUIS DEL CASTILLO" opens with
// one).
bool capitals_topic(const Block& b) {
    const int least_words = 4;
    return b.words >= least_words && capitals_label(b) && !given_name_first(b);
}

// "Aragón / Huesca / SUCESOS / <headline>", "Cultura / Libri / L'INTERVISTA / <headline>", "Régions / Bretagne /
// FAITS DIVERS / <headline>": on lines without a blank one between, a label in capitals of four words at most (no
// figure: "LIGA 2026" is a competition's) under two entries of a menu in small letters (short lines opening with a
// capital, no stop, figure, mark or link) and over a headline that is not in capitals stands out of the menu's shape:
// it opens the head's block as a blank line does. (A word of three letters at most, "Impressum / AGB", "Kontakt /
// FAQ", is the menu's last link, an acronym; "LIVE UPDATES" links to the live coverage, live_coverage_link(); a
// person's name in capitals opened by a given name the lexicon knows (known_given_name_words), "MARCO ROSSI", is a
// columnist's, unless capitals_label_no_name() reads no name: "FAITS DIVERS" has a name's shape, but no given name.)
bool capitals_under_menu(const Page& p, std::size_t k) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_words = 4, least_word_letters = 4;
    const std::size_t entries = 2;
    if (k < entries || k + 1 >= blocks.size() || blocks[k].words > most_words || blocks[k].digits != 0 ||
        blocks[k].blank_before || (blocks[k].words == 1 && blocks[k].letters < least_word_letters) ||
        !capitals_label(blocks[k]) || capitals_label(blocks[k + 1]) || live_coverage_link(blocks[k]) ||
        (given_name_first(blocks[k]) && names_line(blocks[k].text) && !capitals_label_no_name(p, k)))
        return false;
    auto entry = [](const Block& b) {
        return b.words <= 3 && !b.end_punct && b.digits == 0 && b.separators == 0 && b.urls == 0 && !b.blank_after &&
               text::starts_upper(b.text) && !capitals_label(b);
    };
    return std::all_of(blocks.begin() + static_cast<std::ptrdiff_t>(k - entries),
                       blocks.begin() + static_cast<std::ptrdiff_t>(k), entry);
}

// "La Gazette / Actualité / Politique / <headline>", "Home / Cronaca / <headline>", "Política / Economía / Sociedad /
// <headline>": on lines without a blank one between, a standing desk of a news site (lexicon section
// menu_section_names) printed once as the last of a run of menu entries (two short lines without a stop or a figure
// over it, or the link to the site's home page) is the menu's or the breadcrumb's last item, no kicker. A topic label
// closing the same run ("Suisse / Sport / Votations fédérales") names no desk and stays the kicker; a desk printed
// again over the title (the menu's "Politik" ... "POLITIK" / <headline>) or opening a block of its own is the
// article's section label. An item no list names ("Motoring", "Motor", "Motori") is the menu's too when the footer's
// menu prints it again after the same entry (menu_printed_again_below()).
// "<cookie notice> / Accepter et fermer / Continuer sans accepter / Vérification / Santé / <headline>", "<cookie
// notice> / I Accept / Manage Options / News / Local News / <headline>": a breadcrumb of two levels printed one a
// line right under the buttons of a cookie banner (consent_banner_button(), one button or two), its upper level one of
// the menu's entries printed above: the lower level, line k, is the article's section, the kicker, not a menu's last
// entry. (A menu of three entries or more under the banner, "Accept / News / Sport / Local News", is no breadcrumb; nor
// are two lines whose upper one the menu does not print.)
bool crumbs_under_banner(const std::vector<Block>& blocks, std::size_t k) {
    if (k < 3 || blocks[k - 1].repeats == 0)
        return false;
    const std::size_t button = k - 2;
    if (!consent_banner_button(blocks, button) &&
        !(blocks[button].words <= 3 && !blocks[button].blank_before && consent_banner_button(blocks, button - 1)))
        return false;
    const Block& crumb = blocks[k - 1];
    for (std::size_t j = 0; j + 3 < k; ++j)
        if (blocks[j].lower == crumb.lower && j > 0 && !blocks[j - 1].end_punct && blocks[j - 1].words <= 3)
            return true;
    return false;
}

namespace {

// "News / Sport / Showbiz / Motoring / <headline> / ... / News / Sport / Showbiz / Motoring / About us", "Start /
// Politik / Sport / Motor / <headline> / ... / Start · Politik · Sport · Motor · Impressum": the menu's last two
// entries, lines k - 1 and k, printed again in the same order under the headline, one a line in a run of short lines
// (the footer's menu) or between separators on one line, name two of the site's standing desks, whatever their words: a
// kicker is the article's own label, which a footer's menu does not print after a desk. ("Books / Interview / <title of
// another article>": a teaser's labels over a longer title are no menu.)
bool menu_printed_again_below(const std::vector<Block>& blocks, std::size_t k) {
    const Block& item = blocks[k];
    const Block& over = blocks[k - 1];
    auto entry = [](const Block& b) { return b.words <= 3 && !b.end_punct && b.digits == 0 && b.urls == 0; };
    for (std::size_t j = k + 2; j < blocks.size(); ++j) {
        const Block& b = blocks[j];
        if (b.text == item.text && blocks[j - 1].text == over.text && j - 1 > k + 1 &&
            (j + 1 == blocks.size() || entry(blocks[j + 1])))
            return true;
        if (b.separators == 0 || b.end_punct)
            continue;
        for (std::string_view mark : {" \u00b7 ", " | ", " \u2022 "}) {
            const std::string pair = over.text + std::string(mark) + item.text;
            const std::size_t at = b.text.find(pair);
            if (at == std::string::npos)
                continue;
            const std::size_t end = at + pair.size();
            if ((at == 0 || b.text.compare(at - 1, 1, " ") == 0) &&
                (end == b.text.size() || b.text.compare(end, 1, " ") == 0))
                return true;
        }
    }
    return false;
}

} // namespace

bool menus_last_section(const std::vector<Block>& blocks, std::size_t k) {
    static const LexiconSection& desks = any_language_section("menu_section_names"); // (merged once)
    static const LexiconSection& home = any_language_section("home_labels");
    auto entry = [](const Block& b) { return b.words <= 3 && !b.end_punct && b.digits == 0 && b.urls == 0; };
    if (k == 0 || !entry(blocks[k]))
        return false;
    // "Accueil / › / Monde / <headline>", "Home / > / World / <headline>", "Startseite / » / Ausland / <headline>": a
    // breadcrumb whose separators stand on lines of their own; the item under a separator is its last crumb, whatever
    // it names and wherever else the menu prints it. So is the item under a crumb that ends with its separator
    // ("Accueil › / Régions › / Saint-Brévin", "Startseite / Lokales / / Bad Tölz"), unless printed in capitals, the
    // article's own label under the crumb ("Idées › Tribunes › / TRIBUNE").
    const Block& above = blocks[k - 1];
    if (above.title_separator && above.words <= 12 && !above.end_punct && above.digits == 0 && above.urls == 0) {
        const std::string_view crumb = text::trim(above.text);
        const std::size_t cut = crumb.rfind(' ');
        const bool alone = cut == std::string_view::npos;
        if (is_title_separator(alone ? crumb : crumb.substr(cut + 1)) &&
            (alone ? k >= 2 && entry(blocks[k - 2]) && !blocks[k - 2].title_separator : !capitals_label(blocks[k])))
            return true;
    }
    if (!entry(above))
        return false;
    if ((blocks[k].repeats > 0 || !desks.has(text::trim(blocks[k].lower))) && !menu_printed_again_below(blocks, k))
        return false;
    // ("Cronaca / Politica / Sport / POLITICA / <headline>": the desk printed again, in capitals or not, is the
    // article's own label.)
    for (std::size_t j = 0; j < k; ++j)
        if (blocks[j].lower == blocks[k].lower)
            return false;
    // "Startseite / <blank> / Nachrichten / <blank> / Welt / <headline>", "Home / <blank> / World / <headline>": a
    // menu printed one item a block, each entry set apart by blank lines, parts its last item alike; a label after a
    // blank line under a run of lines without one ("Actualité / <blank> / Politique") opens a block of its own.
    const bool apart = blocks[k].blank_before;
    auto lone = [&](std::size_t j) { return j == 0 || blocks[j].blank_before; };
    if (apart && !lone(k - 1))
        return false;
    if (!apart && crumbs_under_banner(blocks, k))
        return false;
    return home.has(text::trim(blocks[k - 1].lower)) ||
           (k >= 2 && blocks[k - 1].blank_before == apart && entry(blocks[k - 2]) && (!apart || lone(k - 2)));
}

// "TOP STORIES / Germany" / "Advertisement" / "Germany" / <headline>, "Startseite › Ausland" / "Anzeige" / "Ausland" /
// <headline>: the label under an advertisement's slot (lexicon section ad_labels) printed, as it is, as the last item
// of the menu or breadcrumb line over the slot, or as that whole line, is the menu's repeat, no kicker. (A desk
// printed again in the article's own style, "Politik" / "Anzeige" / "POLITIK", differs from it.)
bool menu_item_over_ad(const std::vector<Block>& blocks, std::size_t k) {
    static const LexiconSection& ad_labels = any_language_section("ad_labels"); // (merged once)
    if (k < 2 || blocks[k - 1].words > 2 || !ad_labels.has(text::trim(blocks[k - 1].lower)))
        return false;
    const std::string_view label = blocks[k].text, over = blocks[k - 2].text;
    if (over == label)
        return true;
    const std::size_t rest = over.size() - label.size(); // (the line over the slot holds the label and more)
    if (over.size() < label.size() + 2 || !over.ends_with(label) || over[rest - 1] != ' ')
        return false;
    const std::string_view before = text::trim(over.substr(0, rest));
    const std::size_t cut = before.rfind(' ');
    return is_title_separator(cut == std::string_view::npos ? before : before.substr(cut + 1));
}

// "VIVIENDA / Actualizado 03 dic 2026 - 18:40 / <headline>", "VERKEER / Gisteren, 17:45 / <headline>", "IL CASO /
// 4 dicembre 2026 / <headline>": a label in capitals of four words at most (capitals_label()), printed once, no
// figure, over a date line glued to a headline that is not in capitals, is the kicker the date parts from the title,
// as a blank line would. (A person's name in capitals, "MARCO ROSSI" / <date>, is a byline, unless
// capitals_label_no_name() reads no name; a flag of the coverage, "EN DIRECT", "LIVE UPDATES", no topic.)
bool capitals_label_over_date(const Page& p, std::size_t h) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_words = 4;
    if (h < 2 || p.role[h - 1] != Role::date || p.role[h - 2] != Role::none || blocks[h].blank_before ||
        blocks[h - 1].blank_before || capitals_label(blocks[h]))
        return false;
    const Block& b = blocks[h - 2];
    return b.words <= most_words && b.digits == 0 && !b.end_punct && b.urls == 0 && b.repeats == 0 &&
           !b.boilerplate && capitals_label(b) && (!names_line(b.text) || capitals_label_no_name(p, h - 2)) &&
           !job_title_line(b.text) && !status_flag(b) && !live_coverage_link(b) && !wire_slug(b);
}

// "Nach Angriff auf Umspannwerk:", "Après l'attaque du poste électrique :", "Rente mit 70?", "Retraite à 70 ans ?": a
// short line closed by a colon (leading into the title under it) or a question mark (the topic the title answers),
// one sentence, opened by a capital: a kicker's shape over a headline. (A question of a few words only: a longer one
// is a title of its own.)
bool lead_in_label(const Block& b) {
    const int most_colon_words = 6, most_question_words = 4;
    if (b.words < 1 || b.words > most_colon_words || b.urls > 0 || b.boilerplate || !text::starts_upper(b.text))
        return false;
    std::string_view line = text::trim(b.text);
    const char last = line.empty() ? '\0' : line.back();
    if ((last != ':' && last != '?') || (last == '?' && b.words > most_question_words))
        return false;
    // ("Krankenhausreform :", "Klimapolitik :": a space before the colon is the F.A.Z.'s mark of its kicker, a topic
    // of one word or two.)
    const bool spaced_colon = last == ':' && line.size() >= 2 && line[line.size() - 2] == ' ';
    line.remove_suffix(1);
    line = text::trim(line);
    // (One sentence: no stop, colon or question mark inside; "Von:", "Quelle:", a label of a fact, has a word or two.)
    if (line.find_first_of(".:?!;") != std::string_view::npos || line.empty())
        return false;
    // ("Was gibt's hier?", "Who are we?": a question opened by an interrogative word, lexicon section
    // question_opening_words, is a menu's link or a heading, no topic.)
    static const LexiconSection& interrogatives = any_language_section("question_opening_words");
    const int least_colon_words = spaced_colon ? 1 : 3;
    return last == '?' ? !interrogatives.has(text::lower(text::first_token(line))) : b.words >= least_colon_words;
}

// "Anmelden", "Abo", "Login", "Sign in", "Se connecter": a menu's account or subscription button, the whole line
// (lexicon section account_buttons), no section's label. (A short line alone is looked up.)
bool account_button(const Block& b) {
    const int most_words = 3;
    static const LexiconSection& account = any_language_section("account_buttons"); // (merged once)
    return b.words <= most_words && !b.end_punct && b.digits == 0 && account.has(text::trim(b.lower));
}

// "Prozess am Landgericht Kiel / Brandstifter muss für sechs Jahre in Haft / Ein 31-Jähriger hatte im Hafen ...
// gelegt. Das Gericht sprach ihn ... schuldig. / Anna Muster", "Procès au tribunal de Nyon / Le chauffard écope de
// quatre ans ferme / Le jeune homme avait ... . / Par Jeanne Morel": over headline h, which has its standfirst right
// under it (a paragraph of prose twice its length at least, signed by the byline, the date or a name alone under it),
// a line of four to seven words, no stop, no bar, printed once, naming no person: a kicker longer than a label (a
// head has one standfirst, and the line over its title is the kicker). "Generaldebatte im Bundestag", "Landgericht
// München I", "Procès au tribunal": a phrase of two or three words of a topic or a body, which the labels' rule
// leaves for the capitals a German noun holds, likewise, unless it is the menu's last desk (menus_last_section()) or
// its account button ("Mein Konto", account_button()).
bool kicker_over_signed_head(const Page& p, std::size_t h) {
    const int least_words = 2, least_phrase_words = 4, most_words = 7;
    const auto& blocks = p.blocks;
    if (h == 0 || h + 2 >= blocks.size() || p.role[h - 1] != Role::none)
        return false;
    const Block& b = blocks[h - 1];
    // ("Presupuestos Generales del Estado" printed again by the tags at the page's foot, "Archivado en / <topic>": a
    // topic's name in Title Case printed only below is still the kicker.)
    const auto printed_above = [&] {
        return std::any_of(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(h - 1),
                           [&](const Block& x) { return x.text == b.text; });
    };
    if (b.words < least_words || b.words > most_words || b.end_punct || b.separators > 0 || b.urls > 0 ||
        (b.repeats > 0 && (!title_case_topic(b) || printed_above())) || b.boilerplate || !heading_like(b))
        return false;
    if (b.words < least_phrase_words && (b.digits > 0 || menus_last_section(blocks, h - 1) || account_button(b)))
        return false;
    const std::size_t standfirst = h + 1;
    std::size_t sign = h + 2;
    if (p.role[standfirst] != Role::none)
        return false;
    const Block& deck = blocks[standfirst];
    if (!prose_paragraph(p, standfirst) || deck.words < 2 * blocks[h].words) {
        // "Presupuestos Generales del Estado / El Gobierno pacta una prórroga de las cuentas / Hacienda ofrece a los
        // grupos un fondo ... (no stop) / <caption> / <credit> / Lucía Roe": a topic's name in Title Case
        // (title_case_topic()) over a title and its deck, a line of a sentence's length printed without a stop, not
        // much shorter than the title, signed under its picture's lines (a caption, a credit, a caption printed
        // again).
        const int least_deck_words = 8, most_deck_words = 40;
        if (!title_case_topic(b) || deck.words < least_deck_words || deck.end_punct ||
            !(deck.words >= blocks[h].words || nearly_as_long(deck.words, blocks[h].words)) ||
            deck.words > most_deck_words || all_capitals(deck.text))
            return false;
        sign = past_head_picture(p, sign);
        if (sign >= blocks.size())
            return false;
    }
    if (!(byline_or_date(p, sign) || (p.role[sign] == Role::none && names_line(blocks[sign].text))))
        return false;
    // ("Landgericht München I", "Tribunal de Vallon": a court's or a body's name opened by its noun, no person's.)
    // ("Presupuestos Generales del Estado", "Budget de la Confédération": names_line() reads a topic's name in Title
    // Case, capitalised words and particles, as a person's; no given name the lexicon knows opens it.)
    // ("Docente di storia contemporanea all'Università di Valdora / <titolo> / <sommario> / di Giulia Bernardi",
    // "Professeure d'histoire à l'université de Lyon / <titre> / ...": the columnist's job over an opinion's title,
    // four words or more opening with a job's word and its small words, opens_with_job(), is her bio, no kicker;
    // "Ex Ilva, vertice a Palazzo Chigi" opens with a name.)
    const int least_bio_words = 4;
    std::size_t second = 0;
    text::next_token(b.text, second);
    const std::string_view after_job = text::trim(std::string_view(b.text).substr(second));
    const bool bio = b.words >= least_bio_words && !text::starts_upper(after_job) && opens_with_job(b.text);
    return (!names_line(b.text) || organisation_name(b.text) || (title_case_topic(b) && !given_name_first(b))) &&
           !job_title_line(b.text) && !bio;
}

// "Fotogallery / Festa delle luci a Valdora: ... / Le immagini del weekend / 07/12/2026 / di Paola Anselmi / 1/6 /
// <caption> / 2/6 ...", "Galería de fotos / <title> / <standfirst> / <date> / Por Lucía Varela / 1/5 ...": a gallery's
// label (lexicon section gallery_labels, a line of three words at most, no figure, no stop) right over the headline of
// a gallery's page, its first slides following the headline or the standfirst under it (gallery_slides_under()), names
// the page's kind as a section's label does: its kicker, though the button of a gallery inside an article, the same
// words, reads as boilerplate. (Over an article's headline, or in a menu, it stays boilerplate.)
bool gallery_label_over_gallery(const Page& p, std::size_t h) {
    if (h == 0 || !gallery_label_word(p.blocks[h - 1]))
        return false;
    return gallery_slides_under(p, h) || (h + 1 < p.blocks.size() && gallery_slides_under(p, h + 1));
}

// "Morlaix. Le pont de Kerhallet fermé trois mois" over "Le pont de Kerhallet fermé trois mois", "Grünbach. Das Freibad
// bleibt geschlossen" over "Das Freibad bleibt geschlossen": the headline is the title printed whole after the place
// a regional paper opens it with, a capitalised word or three and a full stop, no figure.
bool placed_copy(std::string_view headline, std::string_view title) {
    const std::size_t most_place_words = 3;
    if (title.empty() || headline.size() <= title.size() + 2 || !headline.ends_with(title))
        return false;
    const std::string_view place = headline.substr(0, headline.size() - title.size());
    if (!place.ends_with(". ") || !text::starts_upper(place))
        return false;
    const auto words = text::split_ws(place.substr(0, place.size() - 2));
    return words.size() <= most_place_words &&
           std::none_of(place.begin(), place.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); });
}

// "LIVE", "EN DIRECT", "Eilmeldung", "BREAKING NEWS", "ÚLTIMA HORA": a status flag over a headline (lexicon section
// status_flags, the whole line) flags the coverage, not its topic: no kicker. (A short line alone is looked up.)
bool status_flag(const Block& b) {
    const int most_words = 3;
    if (b.words > most_words || b.end_punct || b.digits > 0)
        return false;
    static const LexiconSection& flags = any_language_section("status_flags"); // (merged once)
    return flags.has(text::trim(b.lower));
}

// "SPIEGEL+", "SZ+", "Abo", "Abonnés", "BILD plus": a subscribers' badge over the headline (subscriber_badge(): one
// badge word or a word closed by '+'; or a masthead in capitals and a badge word of lexicon section
// subscriber_badge_words) marks the article as paid for and names no topic: no kicker. (A line of one or two words
// alone is read.)
bool badge_over_head(const Block& b) {
    if (b.words == 1)
        return subscriber_badge(b);
    if (b.words != 2 || b.end_punct || b.digits > 0)
        return false;
    const std::string_view t = text::trim(b.text);
    const std::size_t space = t.find(' ');
    if (space == std::string_view::npos || space < 2)
        return false;
    const std::string_view brand = t.substr(0, space);
    if (!std::all_of(brand.begin(), brand.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.' || c == '-'; }))
        return false;
    static const LexiconSection* badges = common_lexicon().section("subscriber_badge_words"); // (looked up once)
    return badges != nullptr && badges->has(text::trim(b.lower).substr(space + 1));
}

// "Tarife/Bahn/", "PORTUGAL ELECCIONES (Urgente)": an agency's slug line over the headline of wire copy, its keywords
// closed by a slash (no space in the line) or its priority code in brackets (common lexicon section
// wire_priority_words), is a code of the wire, no kicker. (A short line closing on '/' or ')' alone is read.)
bool wire_slug(const Block& b) {
    const int most_words = 6;
    const std::string_view t = text::trim(b.text);
    if (t.size() < 3 || b.words > most_words || b.end_punct || (t.back() != '/' && t.back() != ')'))
        return false;
    if (t.back() == '/')
        return t.find(' ') == std::string_view::npos && t.find('/') + 1 < t.size() &&
               t.find("//") == std::string_view::npos;
    const std::size_t open = t.rfind('(');
    if (open == std::string_view::npos || open == 0)
        return false;
    static const LexiconSection* priorities = common_lexicon().section("wire_priority_words"); // (looked up once)
    return priorities != nullptr && priorities->has(text::lower(t.substr(open + 1, t.size() - open - 2)));
}

// "News Politics Business Culture Sport", "Últimas Região Desporto Opinião Cultura": the page's menu copied as one
// line without its separators, four entries at least, each a capitalised word of letters of no language's stopwords
// (a title's words are small or stopwords: "Die Stadt", "Why the"; a name's or a button's are fewer, "Mrs H Pyke",
// "Site Mobile Navigation"), no capital glued after a small letter ("NowUpgrade": buttons run together), no stop, no
// comma ("Jane Roe, Harbour Post"), figure nor link. (Where the page prints some of its words alone above, a menu one
// entry a line, the line is a breadcrumb, read against that menu by unseparated_crumb().)
bool unseparated_menu(const Page& p, std::size_t k) {
    const int least_words = 4, most_words = 12;
    const Block& menu = p.blocks[k];
    if (menu.words < least_words || menu.words > most_words || menu.end_punct || menu.digits > 0 || menu.urls > 0 ||
        menu.separators > 0)
        return false;
    auto entry_word = [](std::string_view w) {
        bool small = false;
        for (std::size_t i = 0; i < w.size();) {
            const std::size_t at = i;
            const char32_t cp = text::next_cp(w, i);
            if (!text::is_letter(cp) || (at == 0 && !text::is_upper(cp)) || (small && text::is_upper(cp)))
                return false;
            small = small || !text::is_upper(cp);
        }
        return stopword_languages(text::lower(w)) == 0;
    };
    const auto words = text::split_ws(menu.text);
    const bool menu_words = std::all_of(words.begin(), words.end(), entry_word);
    if (!menu_words)
        return false;
    return std::none_of(words.begin(), words.end(), [&](std::string_view w) { return printed_above(p, k, w); });
}

} // namespace archive
