// The opening of the article (classify()): its headline with what is glued to it or stands right above it (a
// kicker, a date), the lines that open the article's region though they stand outside it, and the lede.
#include "byline_bio.hpp"
#include "bylines.hpp"
#include "cjk_notices.hpp"
#include "dates.hpp"
#include "classify.hpp"
#include "contents_runs.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "media_parts.hpp"
#include "meta_parts.hpp"
#include "notices_parts.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "press_datelines.hpp"
#include "region_parts.hpp"
#include "sections_parts.hpp"

#include "lexicon.hpp"
#include "text.hpp"
#include "topic_lines.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace archive {

namespace {

// "par Libération", "von Hafenblatt": a desk's byline, the language's byline word in small letters (lexicon section
// byline) before an outlet's name of a capitalised word or two, no figure, no stop: no person signs the text.
bool desk_byline(const Block& b, std::string_view language) {
    const int most_words = 3;
    if (b.words < 2 || b.words > most_words || b.digits > 0 || b.end_punct || b.upper_initial != b.words - 1 ||
        text::starts_upper(b.text))
        return false;
    const Lexicon* own = lexicon(language);
    const auto words = text::split_ws(b.lower);
    return own != nullptr && !words.empty() && own->has("byline", words.front());
}

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

// "allerta" in "un'allerta arancione", "la sentenza" in the text, "allerta meteo" in the tags: word w (small
// letters) printed in small letters as a whole word on a line of the page other than line k.
bool printed_small(const Page& p, std::size_t k, std::string_view w) {
    for (std::size_t j = 0; j < p.blocks.size(); ++j)
        if (j != k && p.blocks[j].text.size() >= w.size() && whole_words_at(p.blocks[j].text, w))
            return true;
    return false;
}

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

// "MARCO ROSSI", "Ana Torres": a line whose first word is a given name the lexicon knows (known_given_name_words).
bool given_name_first(const Block& b) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const text::Words& words = b.lower_words();
    return given != nullptr && !words.empty() && given->has(words.front());
}

// "Sujet dans 'Potager' lancé par jardinier_59, 14 août 2026.", "Discussion in 'Vegetables' started by greenthumb,
// Aug 14, 2026", "Thema in 'Gemüse' gestartet von gartenfreund, 14. August 2026": a forum thread's meta line under its
// title, opened by a thread's word (lexicon section thread_words), then the forum's name and the phrase naming who
// started the thread (thread_starter_phrases), a date's figures with it: no standfirst.
bool thread_meta_line(const Block& b) {
    const int least_words = 5, most_words = 25;
    if (b.words < least_words || b.words > most_words || b.digits == 0 || b.urls > 0)
        return false;
    static const LexiconSection& openers = any_language_section("thread_words");            // (merged once)
    static const LexiconSection& starters = any_language_section("thread_starter_phrases"); // (merged once)
    if (!openers.has(text::first_token(b.lower)))
        return false;
    const std::string_view low = b.lower;
    return std::any_of(starters.entries.begin(), starters.entries.end(), [&](std::string_view phrase) {
        const std::size_t at = low.find(phrase);
        return at != std::string_view::npos && at > 0 && low[at - 1] == ' ';
    });
}

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
// article's section label.
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
    if (blocks[k].repeats > 0 || !desks.has(text::trim(blocks[k].lower)))
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

// "2 - 1", "2:1", "3 – 0": a match's score alone on its line, two figures of goals and a dash or a colon.
bool bare_score(const Block& b) {
    const std::string_view t = b.text;
    const std::size_t most_line = 12;
    if (t.empty() || t.size() > most_line || b.letters > 0 || t.front() < '0' || t.front() > '9')
        return false;
    std::size_t at = 0, figures = 0;
    while (at < t.size() && figures < 2) {
        const std::size_t from = at;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9')
            ++at;
        if (at == from || at - from > 2)
            return false;
        ++figures;
        while (at < t.size() && (t[at] == ' ' || t[at] == '-' || t[at] == ':'))
            ++at;
        if (at < t.size() && t.substr(at).starts_with("\u2013"))
            at += std::string_view("\u2013").size();
        while (at < t.size() && t[at] == ' ')
            ++at;
    }
    return figures == 2 && at == t.size();
}

// "<chapeau> / Lens / 2 - 1 / Marseille / Terminé / Diallo (58e), ... / Stade Bollaert, 38 214 spectateurs. / Thomas
// Pernot / <date>", "<Vorspann> / Rotweiß / 3:1 / Nordstadt / Abpfiff / <byline>": a match's score box between the
// standfirst and the byline: a team, the bare score (bare_score()), the other team, then four lines at most (the
// status, the scorers, the stadium). Returns the line under the box when a byline or date line stands there, else k.
std::size_t past_score_box(const Page& p, std::size_t k, std::size_t re) {
    const int most_team_words = 4;
    const std::size_t most_facts = 4;
    const auto& blocks = p.blocks;
    auto team = [&](std::size_t j) {
        return p.role[j] == Role::none && blocks[j].words >= 1 && blocks[j].words <= most_team_words &&
               blocks[j].digits == 0 && !blocks[j].end_punct;
    };
    if (k + 2 > re || !team(k) || !bare_score(blocks[k + 1]) || !team(k + 2))
        return k;
    for (std::size_t j = k + 3; j <= re && j <= k + 3 + most_facts; ++j)
        if (p.role[j] == Role::byline || p.role[j] == Role::date)
            return j;
    return k;
}

// "Anna Kowalska", "Jane Roe, John Doe": a short line of people's names alone (names_line()), no stop nor figure.
bool bare_names_over_text(const Block& b) {
    const int most_words = 6;
    return b.words >= 2 && b.words <= most_words && !b.end_punct && b.digits == 0 && b.upper_initial >= 2 &&
           !b.boilerplate && names_line(b.text).has_value();
}

// "<standfirst> / Dylan Fontaine / The Canadian Press / Published Dec 07, 2026", "<chapeau> / Claire Dumas / Agence
// France-Presse / Publié le 07/12/2026", "<Vorspann> / Jonas Keller / 07.12.2026": the author's bare name
// (bare_names_over_text()) over the date line, perhaps over the agency's line between them (read as the text's tag
// already), is read as the byline only later, by the lines around it (over_outlet_and_date() asks the lede over it):
// the line over the name is set apart from the text by the byline all the same.
bool bare_name_over_date(const Page& p, std::size_t k) {
    const std::size_t n = p.blocks.size();
    if (k + 1 >= n || p.role[k] != Role::none)
        return false;
    const std::size_t date = p.role[k + 1] == Role::source_tag ? k + 2 : k + 1;
    return date < n && p.role[date] == Role::date && bare_names_over_text(p.blocks[k]);
}

// "<standfirst> / Helen Marsh Environment correspondent / Sat 5 Dec 2026 07.00 GMT", "<chapeau> / Jeanne Morel
// Envoyée spéciale / 5 décembre 2026", "<standfirst> / Helen Marsh / Environment correspondent / <date>", "<standfirst>
// / Tom Hale, News Reporter / Published: 14:32, 5 Dec 2026": the author's name with the job title glued after it
// (glued_role_line()), after a comma (comma_role_line()) or on the line under it (job_title_line()), over the date
// line, read as the byline only later by the lines around it -> the date line's index; 0 for none.
std::size_t titled_names_over_date(const Page& p, std::size_t k) {
    const auto& blocks = p.blocks;
    const int most_title_words = 6;
    if (k + 1 >= blocks.size() || p.role[k] != Role::none || blocks[k].digits != 0 || blocks[k].end_punct)
        return 0;
    if (p.role[k + 1] == Role::date && (glued_role_line(blocks[k].text) || comma_role_line(blocks[k].text)))
        return k + 1;
    const Block& title = blocks[k + 1];
    if (k + 2 < blocks.size() && p.role[k + 2] == Role::date && p.role[k + 1] == Role::none && title.digits == 0 &&
        !title.end_punct && title.words <= most_title_words && job_title_line(title.text) &&
        bare_names_over_text(blocks[k]))
        return k + 2;
    return 0;
}

// "<standfirst> / Patients wait on trolleys in a corridor. Photo: Jane Roe / <byline>": line k is the lead picture's
// caption, read as one already or closed by its credit (split_trailing_credit()), or its credit -> the line under it;
// k for any other line.
std::size_t past_lead_caption(const Page& p, std::size_t k) {
    const std::size_t most_lines = 2; // (the caption, and its credit on a line of its own)
    for (std::size_t n = 0; n < most_lines && k + 1 < p.blocks.size(); ++n, ++k)
        if (!(p.role[k] == Role::caption || p.role[k] == Role::credit ||
              (p.role[k] == Role::none && split_trailing_credit(p.blocks[k]))))
            break;
    return k;
}

// Line i stands right under the headline, set apart from the body by the byline or the date line under it (or by
// the author's name and job title over the date line, titled_names_over_date()), the lead picture's caption perhaps
// between them (past_lead_caption()): a standfirst's place. ("<title> / <standfirst> / The Canadian Press / KELBROOK —
// ...": the wire's name alone, read as the text's source tag, is the wire's byline.)
bool over_byline_under_headline(const Page& p, std::size_t headline, std::size_t i) {
    if (i != headline + 1 || i + 1 >= p.blocks.size())
        return false;
    const std::size_t k = past_lead_caption(p, i + 1);
    return p.role[k] == Role::byline || p.role[k] == Role::date || p.role[k] == Role::source_tag ||
           titled_names_over_date(p, k) != 0 || bare_name_over_date(p, k);
}

// A standfirst's shape: prose opening with a capital, mostly letters, printed once, no link, separator, boilerplate
// phrase, label in capitals or notice of a story in progress.
bool standfirst_shape(const Block& b) {
    return !b.boilerplate && b.repeats == 0 && b.urls == 0 && b.separators == 0 &&
           static_cast<std::size_t>(b.letters) * 2 >= b.chars && text::starts_upper(b.text) && !capitals_label(b) &&
           !progress_notice(b);
}

// "School board votes to close Elm Street / Parents pack meeting as board cites falling enrollment, $2.4 million
// shortfall / By Jane Roe": a standfirst in the headline's terse style (few small words, perhaps no final stop) right
// under the headline, set apart from the body by the byline or the date line under it. Its prose alone rates it bad.
bool terse_standfirst(const Page& p, std::size_t headline, std::size_t i) {
    const int least_words = 8, most_words = 40;
    const Block& b = p.blocks[i];
    return over_byline_under_headline(p, headline, i) && b.words >= least_words && b.words <= most_words &&
           standfirst_shape(b);
}

// "Le téléphérique du Salève s'arrête tout l'hiver / Les cabines seront remplacées avant l'été prochain. / Par Anne
// Roe", "Stadt sperrt die Brücke / Die Arbeiten dauern bis Mai. / 3. Mai 2026": a standfirst of one short sentence
// (fewer words than terse_standfirst() asks, five at least) right under the headline, closed by a full stop, set
// apart from the body by the byline or the date line under it. (A menu's entry has no stop; a caption is read as
// one already; a teaser's line is printed again or carries a link.)
bool sentence_standfirst(const Page& p, std::size_t headline, std::size_t i) {
    const int least_words = 5;
    const Block& b = p.blocks[i];
    if (!over_byline_under_headline(p, headline, i) || p.soft_caption[i])
        return false;
    const std::string_view t = text::trim(b.text);
    if (b.words < least_words || t.empty() || (t.back() != '.' && t.back() != '!' && t.back() != '?') ||
        t.ends_with("..."))
        return false;
    // One sentence: no stop inside it before a capital.
    for (std::size_t k = 0; k + 2 < t.size(); ++k)
        if ((t[k] == '.' || t[k] == '!' || t[k] == '?') && t[k + 1] == ' ' &&
            text::starts_upper(t.substr(k + 2)))
            return false;
    return standfirst_shape(b);
}

// "Berlin, 8. Mai 2025 / Förderprogramm für Radwege startet / Kommunen können ab sofort Mittel für Radwege
// zwischen Ortschaften beantragen / <body>", "3 March 2025 / Council opens a fund for flooded shops / Owners can apply
// from Monday for grants of up to 20,000 pounds to repair their premises / <body>": under a title signed by the date
// line or the byline right over it (a press release's head), a line right under it, longer than the title, of a
// sentence's length and printed without a stop, over a paragraph closed by one, is the title's deck: the lede, though
// the body follows with nothing between.
bool dated_deck(const Page& p, std::size_t headline, std::size_t i, std::size_t re) {
    const int least_words = 8;
    const auto& blocks = p.blocks;
    // (Prose: two words in three at most capitalised, a German deck's nouns and all; "Paris Haute Couture SS14, Jane
    // Roe, Bild via" is a picture's title and credit.)
    const Block& b = blocks[i];
    if (i != headline + 1 || headline == 0 || i + 1 > re || b.end_punct || b.words < least_words ||
        b.words <= blocks[headline].words || 3 * b.upper_initial > 2 * b.words)
        return false;
    if (p.role[headline - 1] != Role::date && p.role[headline - 1] != Role::byline)
        return false;
    const Block& body = blocks[i + 1];
    return p.role[i + 1] == Role::none && body.end_punct && body.words > b.words && standfirst_shape(b);
}

// "<headline> / By Jane Roe / Updated 11:02 PM EST, Tue December 1, 2026 / Source: CNN / The council meets on Tuesday.
// / <caption> / <credit> / CNN — / <body>", "<Titel> / Von Anna Roe / 3. Dezember 2026 / Der Rat tagt am Dienstag.
// / <Bildtext> / Foto: … / BERLIN (dpa) - <Text>": a line under the byline, the date and the source's lines alone, over
// the lead picture (its caption or credit), with the body under the picture opening with its dateline (which a
// second paragraph never does): the deck, the lede, however short.
bool deck_over_picture(const Page& p, std::size_t headline, std::size_t i, std::size_t re) {
    const int least_words = 5, most_words = 40;
    const std::size_t most_head_lines = 4, most_picture_lines = 3;
    const Block& b = p.blocks[i];
    if (i <= headline + 1 || i > headline + 1 + most_head_lines || b.words < least_words || b.words > most_words ||
        p.soft_caption[i] || i + 2 > re || (p.role[i + 1] != Role::caption && p.role[i + 1] != Role::credit))
        return false;
    for (std::size_t k = headline + 1; k < i; ++k)
        if (p.role[k] != Role::byline && p.role[k] != Role::date && p.role[k] != Role::source_tag)
            return false;
    std::size_t j = i + 1;
    while (j <= re && j <= i + most_picture_lines && (p.role[j] == Role::caption || p.role[j] == Role::credit))
        ++j;
    // ("Looking for a flat? / Selling your car? / <picture>": an advertisement's questions to the reader over its
    // picture, no deck.)
    if (j > re || p.role[j] != Role::none || !standfirst_shape(b) || text::trim(b.text).ends_with('?') ||
        text::trim(p.blocks[i + 1].text).ends_with('?'))
        return false;
    // ("CNN — / <text>": the dateline on a line of its own, its dash closing it.)
    const std::string_view opening = text::trim(p.blocks[j].text);
    const bool lone_dateline = p.blocks[j].words <= 3 && (opening.ends_with("—") || opening.ends_with(" -"));
    return lone_dateline || dateline_tag(opening).has_value();
}

// "<headline> / di Jane Roe / 3 dicembre 2026, 07:45 / <line i>": the lines between the headline and line `i` are the
// head's byline and date lines alone, one at least and three at most, and line `i` no picture's caption.
bool under_head_lines(const Page& p, std::size_t headline, std::size_t i) {
    const std::size_t most_lines = 3;
    if (i <= headline + 1 || i > headline + 1 + most_lines || p.soft_caption[i])
        return false;
    for (std::size_t k = headline + 1; k < i; ++k)
        if (p.role[k] != Role::byline && p.role[k] != Role::date)
            return false;
    return true;
}

// "00:00/05:12", "0:00 / 4:31", "00:00 / 1:02:45": a player's readout, the time played over the recording's length,
// printed on its own line under its button: two times (minutes or hours, then two-figure fields) parted by a slash.
bool player_readout(std::string_view line) {
    std::size_t at = 0;
    auto time = [&] {
        std::size_t lead = 0;
        while (at < line.size() && lead < 2 && line[at] >= '0' && line[at] <= '9')
            ++at, ++lead;
        int fields = 0;
        while (lead > 0 && at + 2 < line.size() && line[at] == ':' && line[at + 1] >= '0' && line[at + 1] <= '9' &&
               line[at + 2] >= '0' && line[at + 2] <= '9' && fields < 2)
            at += 3, ++fields;
        return fields > 0;
    };
    auto spaces = [&] {
        while (at < line.size() && line[at] == ' ')
            ++at;
    };
    line = text::trim(line);
    if (!time())
        return false;
    spaces();
    if (at >= line.size() || line[at] != '/')
        return false;
    ++at;
    spaces();
    return time() && at == line.size();
}

} // namespace

// "Écouter cet article · 4 min", "Listen to this article (9 min)", "Artikel anhören | 5:12", "Temps de lecture : 4
// min": a read-aloud player's button (lexicon section read_aloud_buttons), alone or with its length after a mark, or
// the article's reading time: a line of the page's reading aids, no text of the article.
bool reading_aid(const Block& b) {
    const int most_words = 10; // the button, its length and a link's label ("Learn more")
    if (b.words > most_words || b.urls > 0)
        return false;
    if (b.digits == 0)
        return any_language_has("read_aloud_buttons", text::lower(text::collapse(b.text)));
    return reading_time_line(b) || read_aloud_with_length(b) || player_readout(b.text);
}

bool read_aloud_with_length(const Block& b) {
    const int most_words = 10;
    if (b.words > most_words || b.urls > 0 || b.digits == 0)
        return false;
    // The last `mark` (a space, then its first byte: sought from the end byte by byte, where a string's rfind()
    // compares the whole mark at each place: the section loop asks this of many lines).
    const std::string_view line = b.text;
    // (The marks' first bytes the line holds, read in one pass: most lines hold none of them.)
    bool bar = false, hyphen = false, parenthesis = false, c2 = false, e2 = false;
    for (const char c : line) {
        bar = bar || c == '|';
        hyphen = hyphen || c == '-';
        parenthesis = parenthesis || c == '(';
        c2 = c2 || c == '\xC2';
        e2 = e2 || c == '\xE2';
    }
    if (!(bar || hyphen || parenthesis || c2 || e2))
        return false;
    auto holds = [&](char first) {
        return first == '|' ? bar : first == '-' ? hyphen : first == '(' ? parenthesis : first == '\xC2' ? c2 : e2;
    };
    auto last_mark = [&](std::string_view mark) {
        if (!holds(mark[1]))
            return std::string_view::npos;
        for (std::size_t at = line.rfind(mark[1]); at != std::string_view::npos && at > 0;
             at = line.rfind(mark[1], at - 1))
            if (line.substr(at - 1, mark.size()) == mark)
                return at - 1;
        return std::string_view::npos;
    };
    // The button's words before the mark, the length after it: a figure, a unit perhaps ("4 min", "05:12").
    // ("Artikel zum Hören • 4 Min": a bullet too.)
    for (std::string_view mark : {" \u00b7 ", " | ", " - ", " \u2013 ", " (", " \u2022 "}) {
        const std::size_t at = last_mark(mark);
        if (at == std::string_view::npos || at == 0)
            continue;
        const std::string_view length = std::string_view(b.text).substr(at + mark.size());
        // ("Listen to this article · 5:12 min Learn more": the player's link after the length.)
        const bool figure_first = !length.empty() && text::is_digit(static_cast<unsigned char>(length.front()));
        const std::size_t most_length_words = figure_first ? 5 : 2;
        return text::has_ascii_digit(length) && text::split_ws(length).size() <= most_length_words &&
               any_language_has("read_aloud_buttons",
                                text::lower(text::collapse(std::string_view(b.text).substr(0, at))));
    }
    return false;
}

namespace {

// "Redacción", "Redaktion Hafenblatt", "Rédaction / Agences": a newsroom's or the agencies' word (lexicon section
// desk_words) opening a short line alone under the headline signs the text with no person's name: the desk's byline
// (no author), never a heading of the text under it. The line's other words are capitalised or small words inside a
// name (the paper's: "Redacción El Faro del Sur"), desk words, or the marks and small words joining two desks.
// A desk's job alone signs so too.
bool desk_signature(const Block& b) {
    const int most_words = 5;
    if (b.words == 0 || b.words > most_words || b.digits > 0 || b.end_punct || b.urls > 0)
        return false;
    // "Staff Reporter", "Special Correspondent", "Eigener Bericht", "Notre correspondant": a desk's job alone
    // (lexicon section desk_signature_lines, the whole line).
    static const LexiconSection& lines = any_language_section("desk_signature_lines");
    if (lines.has(text::trim(b.lower)))
        return true;
    const auto words = text::split_ws(b.text);
    if (words.empty() || !desk_word(words.front()))
        return false;
    static const LexiconSection& joins = any_language_section("desk_join_words");
    static const LexiconSection* marks = common_lexicon().section("desk_join_words");         // (looked up once)
    static const LexiconSection* particles = common_lexicon().section("place_particle_words"); // (looked up once)
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
        return text::starts_upper(w) || desk_word(w) || joins.has(text::lower(w)) ||
               (marks != nullptr && marks->has(w)) || (particles != nullptr && particles->has(w));
    });
}

void mark_desk_signatures(Page& p, std::size_t headline, std::size_t re) {
    const std::size_t most_below = 4;
    for (std::size_t k = headline + 1; k <= re && k <= headline + most_below && k < p.blocks.size(); ++k)
        if (p.role[k] == Role::none && desk_signature(p.blocks[k])) {
            p.role[k] = Role::byline;
            return;
        }
}

// "Peer-Reviewed Publication", "Harbour University", "Share", "[Image: the flooded ditch]": the lines a page prints
// between an article's standfirst and its body that are no text of either: labels of a few words without a stop,
// share buttons, a picture's placeholder in brackets, or lines given a role already (a byline, a date, a caption and
// its credit). True when the lines under line `from` are such labels, one at least and a dozen at most, down to the
// body: a paragraph of prose in the region (from line `rs` on). `reading_time`, when given, is set when one of those
// lines is the article's reading time (reading_time_line(), a boilerplate phrase: asked of such lines alone).
bool labels_over_body(const Page& p, std::size_t from, std::size_t rs, bool* reading_time = nullptr) {
    const std::size_t most_lines = 12;
    const int most_label_words = 6, most_placeholder_words = 15;
    const bool contents = p.toc_lines.size() == p.blocks.size();
    // ("Contents / Who can apply / How to apply / Who can apply / <text>": the entries of an unnumbered contents,
    // unnumbered_contents_lines(), its label and the entries' copies are labels, however long, the dozen does not
    // count.)
    std::size_t seen = 0;
    for (std::size_t k = from + 1; k < p.blocks.size() && seen <= most_lines; ++k) {
        const bool listed = contents && p.toc_lines[k] != ContentsLine::none;
        seen += !listed;
        if (p.role[k] != Role::none)
            continue;
        const Block& b = p.blocks[k];
        if (k >= rs && p.raw_quality[k] == Quality::good && b.end_punct)
            return k > from + 1;
        // ("From: / Department for Transport", "Herausgeber: / Abfallwirtschaft": a label closed by its colon over
        // its value.)
        const bool label = listed || (b.words <= most_label_words && (!b.end_punct || b.text.back() == ':'));
        const bool placeholder = b.words <= most_placeholder_words && bracketed_line(b.text);
        // ("Listen to this article · 5:12 min Learn more", "Écouter cet article · 4 min": a read-aloud player's
        // button, reading_aid(), belongs to the article's head as its reading time does.)
        const bool aid = reading_aid(b);
        // ("Reporting from Hartford, Conn.": the byline's place, closed by its state's stop, reporting_place().)
        if (!label && !placeholder && !b.boilerplate && !share_button(b) && !aid && !reporting_place(b))
            return false;
        if (reading_time != nullptr && !*reading_time)
            *reading_time = aid || (b.boilerplate && reading_time_line(b));
    }
    return false;
}

// "<title> / Le immagini del weekend / 07/12/2026 / di Paola Anselmi / 1/6 / <caption> / 2/6 ...", "<Titel> / Bilder
// vom Wochenende / 07.12.2026 / Von Petra Hansen / 1/6 ...": on a gallery's page (its first slides under the head's
// date and byline, gallery_slides_under()), a line of words right under the headline, over the date line or the byline
// (over_byline_under_headline()), in a standfirst's shape, is its standfirst however short: a gallery prints no
// article to tell it from, and the line reads as one. (A date or a byline right under the headline is none.)
// "Bildergalerie / <Titel> / Bilder vom Umzug / 07.12.2026 / Von Jan Ottmers / <text>": so is it on an article under
// its gallery's label (gallery_label_word() right over the headline), where it stood alone for the boilerplate.
bool gallery_standfirst(const Page& p, std::size_t headline, std::size_t i) {
    const int least_words = 2, most_words = 40;
    const Block& b = p.blocks[i];
    return b.words >= least_words && b.words <= most_words && over_byline_under_headline(p, headline, i) &&
           standfirst_shape(b) &&
           (gallery_slides_under(p, i) || (headline > 0 && gallery_label_word(p.blocks[headline - 1])));
}

// "Gemeente sluit zwembad wegens lekkage / Het bad blijft minstens zes weken dicht voor herstelwerk. / <body>", "Pool
// closes over leak / The pool will stay shut for at least six weeks of repairs. / <body>": a standfirst too short to
// rate as prose on its own (under 60 characters, Quality::short_) right under the headline, a sentence of eight words
// at least closed by its stop, over the body's first paragraph of prose (perhaps under a few labels: the article's
// link, a button). Outside the region, its final verdict bad, no rule kept it for the body: without a byline under
// it (terse_standfirst()) it went to the boilerplate. (Inside the region such a line is the body's first paragraph
// as often: "Mr. Roe, I have a deal for you.")
bool short_standfirst(const Page& p, std::size_t headline, std::size_t i, std::size_t rs) {
    const int least_words = 8;
    if (i != headline + 1 || i >= rs || i + 1 >= p.blocks.size() || p.raw_quality[i] != Quality::short_ ||
        p.quality[i] != Quality::bad)
        return false;
    const Block& b = p.blocks[i];
    if (b.words < least_words || !b.end_punct || b.boilerplate || b.repeats > 0 || b.urls > 0 || b.separators > 0 ||
        !text::starts_upper(b.text) || capitals_label(b))
        return false;
    const Block& under = p.blocks[i + 1];
    const bool body_under = i + 1 >= rs && p.role[i + 1] == Role::none && p.raw_quality[i + 1] == Quality::good &&
                            under.end_punct;
    return body_under || labels_over_body(p, i, rs);
}

// "La halle rouvre après trois ans de chantier / Le bâtiment accueillera dès samedi le marché. / <body>", "Neue Brücke
// verzögert sich um ein Jahr / Probleme mit dem Baugrund treiben die Kosten in die Höhe / <body>", "Council sold the
// lido site without a vote / Papers show the deal was signed off in a closed session. / <body>": with no byline or date
// line to part it from the text, a standfirst is told from the body's first paragraph by its shape: right under the
// headline (a reading time perhaps between them), one to three sentences of prose (a stop closing it, and no blank line
// over it, or no stop), no quotation, no dateline opening it, and the two paragraphs under it, prose closed by a stop,
// each twice its length at least (half again for a deck without a stop). A first paragraph as long as the next ones, as
// news copy writes them ("The council sold the site last spring without a vote. / The sale was signed off by three
// councillors."), is the body's.
bool bare_standfirst(const Page& p, std::size_t headline, std::size_t i, std::size_t re) {
    const int least_words = 6, most_words = 45, most_stops = 2, least_body_words = 20;
    const auto& blocks = p.blocks;
    if (i + 2 > re || blocks[i].words < least_words || blocks[i].words > most_words || p.soft_caption[i])
        return false;
    for (std::size_t k = headline + 1; k < i; ++k)
        if (p.role[k] != Role::boilerplate)
            return false;
    const Block& b = blocks[i];
    const std::string_view t = text::trim(b.text);
    // ("Kelbridge council sold the site: what we know", "What will the new bridge cost?": a title's second line.)
    if (t.ends_with(':') || t.ends_with('?') || t.ends_with("...") || !standfirst_shape(b))
        return false;
    for (std::string_view mark : {"\"", "\u00ab", "\u00bb", "\u201e", "\u201c", "\u201d"})
        if (t.find(mark) != std::string_view::npos)
            return false;
    int stops = 0;
    for (std::size_t k = 0; k + 2 < t.size(); ++k)
        if ((t[k] == '.' || t[k] == '!' || t[k] == '?') && t[k + 1] == ' ' && text::starts_upper(t.substr(k + 2)) &&
            ++stops > most_stops)
            return false;
    // ("<title> / <blank> / In Nigeria sind bei einem Absturz über 100 Menschen ums Leben gekommen. / <blank> / <long
    // paragraph>": a sentence set apart from the title by a blank line is the body's first paragraph as often as the
    // standfirst, a wiki's news page writes its text so. A sentence closed by its stop is a standfirst only glued
    // under the title, as a deck is printed; a deck without a stop may stand apart. Prose: two words in three at
    // most capitalised, "Paris Haute Couture SS14, Jane Roe, Bild via" is a picture's title and credit.)
    // ("<title> / <blank> / Senator from Kelbridge says he cannot let the bill pass as written. / <blank> / <long
    // paragraph>", "<Titel> / <Leerzeile> / Stadtrat verschiebt den Entscheid über die Brücke auf Mai. / <Leerzeile> /
    // <langer Absatz>": set apart by blank lines above and below, a sentence of thirteen words at most is a
    // standfirst all the same: a wiki's first paragraph tells the whole event in one sentence, fourteen words and
    // more, a standfirst's deck fewer (the corpus: 9 to 12 words against 14 to 31).)
    const int most_apart_words = 13;
    const bool short_apart = b.blank_before && b.end_punct && b.words <= most_apart_words && blocks[i + 1].blank_before;
    // ("IT Magazin /PP 20. Juni 2019 Aktuell, FinTech": a line holding a whole date is a post's meta line.)
    if ((b.end_punct && b.blank_before && !short_apart) || 3 * b.upper_initial > 2 * b.words ||
        (b.digits > 0 && find_date(b.text, p.language)))
        return false;
    // ("Mayor Roe, I have a small offer for you today.", "Vous aussi, vous avez connu ce matin-là ?": the writer
    // speaking of himself or to the reader, lexicon sections first_person_words and reader_person_words, opens a
    // column's text; a standfirst tells of the story.)
    if (const Lexicon* lex = lexicon(p.language)) {
        const LexiconSection* writer = lex->section("first_person_words");
        const LexiconSection* reader = lex->section("reader_person_words");
        for (std::string_view w : b.lower_words())
            if ((writer != nullptr && writer->has(w)) || (reader != nullptr && reader->has(w)))
                return false;
    }
    // (Twice the standfirst's length, or half again for a deck without a stop, in each of the two paragraphs under it.)
    const int scale = b.end_punct ? 2 : 3, over = b.end_punct ? 1 : 2;
    for (std::size_t k = i + 1; k <= i + 2; ++k) {
        const Block& body = blocks[k];
        if (p.role[k] != Role::none || !body.end_punct || body.words < least_body_words ||
            body.words * over < b.words * scale || !text::starts_upper(body.text))
            return false;
    }
    // (A dateline in small letters, "Hannover. Der Landtag ...", is asked by the lede's rule: no lede opens with it.)
    return !dateline_tag(b.text);
}

// "<headline> / Now Playing / 02:31 / <headline> / Play Video / 0:00 / 2:31 / Captions / <description> / <date>",
// "<titre> / Lecture en cours / 02:48 / ... / 0:00 / 2:48 / <description>", "<Titel> / Jetzt läuft / 02:48 / ... /
// <Beschreibung>": a video player's lines from line k on, its length alone or its position over its length
// (video_length(), player_position_line()) among them, its buttons (lines of three words at most, no stop, no link)
// the video's title printed again and the lines other rules read already between, down to a paragraph of prose,
// eight words or more closed by a stop: the video's description, its page's standfirst. Returns that paragraph's
// line, or k when no player's lines lead to one (twelve lines at most).
std::size_t past_video_player(const Page& p, std::size_t k, std::size_t re, std::string_view title) {
    const std::size_t most_lines = 12;
    const int most_button_words = 3, least_words = 8;
    bool player = false;
    for (std::size_t j = k; j <= re && j < k + most_lines; ++j) {
        const Block& b = p.blocks[j];
        if (p.role[j] == Role::none && b.end_punct && b.words >= least_words)
            return player ? j : k;
        const bool length = video_length(b) || player_position_line(b);
        player = player || length;
        if (p.role[j] != Role::none || length || b.text == title)
            continue;
        if (b.words > most_button_words || b.end_punct || b.urls > 0)
            return k;
    }
    return k;
}

// "<standfirst> / Sujet radio / Écouter / Le Journal du matin / 1 min. / aujourd’hui à 06:00 / <picture>",
// "<Lead> / Radiobeitrag / Anhören / Echo der Zeit / 3 Min. / heute, 06:00": an audio player between the standfirst
// and the picture, its labels (audio_player_label() and lexicon section read_aloud_buttons, a line of three words at
// most, no figure) over its programme's line with the recording's length ("1 min."). The line after the player, or
// k when no player opens at k.
std::size_t past_audio_player(const Page& p, std::size_t k, std::size_t re) {
    const int most_label_words = 3, most_line_words = 14;
    const std::size_t most_labels = 2;
    std::size_t j = k;
    while (j <= re && j < k + most_labels && p.blocks[j].digits == 0 && p.blocks[j].words <= most_label_words &&
           (p.role[j] == Role::none || p.role[j] == Role::boilerplate)) {
        const std::string low = text::lower(text::collapse(p.blocks[j].text));
        if (!audio_player_label(low) && !any_language_has("read_aloud_buttons", low))
            break;
        ++j;
    }
    if (j == k || j > re || p.blocks[j].digits == 0 || p.blocks[j].words > most_line_words ||
        !(p.role[j] == Role::none || p.role[j] == Role::boilerplate))
        return k;
    // (The length: figures, then "min" or "min." as its own word, player_length().)
    const auto words = text::split_ws(p.blocks[j].lower);
    for (std::size_t w = 0; w + 1 < words.size(); ++w)
        if (player_length(words[w], words[w + 1]))
            return j + 1;
    return k;
}

// "14 | Dienstag, 3. Dezember 2026 | Kreis Lindau" ... "15 | Dienstag, 3. Dezember 2026 | Kreis Lindau", "LE MATIN
// DIMANCHE 8 décembre 2026 4": line k is an e-paper's running head, the page's number (one to three digits) opening or
// closing it, printed again at another page break with only its numbers changed (the two lines alike but for their
// runs of digits). Under the text's first stretch it ends no standfirst: the text goes on under it. ("By Jane Roe Feb
// 8, 2020 5 min read" over a list of the author's other posts, dated alike, has no page's number.)
bool running_head(const Page& p, std::size_t k) {
    const std::size_t least_chars = 12, most_change = 4, most_digits = 3;
    const Block& b = p.blocks[k];
    if (b.digits == 0 || b.chars < least_chars)
        return false;
    auto page_number = [](std::string_view t) {
        return !t.empty() && t.size() <= most_digits &&
               std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!page_number(text::first_token(b.text)) && !page_number(text::last_token(b.text)))
        return false;
    // The two texts alike with each run of digits read as one.
    auto alike = [](std::string_view x, std::string_view y) {
        auto digit = [](char c) { return c >= '0' && c <= '9'; };
        std::size_t i = 0, j = 0;
        while (i < x.size() && j < y.size()) {
            if (digit(x[i]) && digit(y[j])) {
                while (i < x.size() && digit(x[i]))
                    ++i;
                while (j < y.size() && digit(y[j]))
                    ++j;
            } else if (x[i++] != y[j++]) {
                return false;
            }
        }
        return i == x.size() && j == y.size();
    };
    for (std::size_t j = 0; j < p.blocks.size(); ++j) {
        const Block& o = p.blocks[j];
        if (j != k && o.digits > 0 && o.chars + most_change >= b.chars && o.chars <= b.chars + most_change &&
            o.text != b.text && alike(o.text, b.text))
            return true;
    }
    return false;
}

} // namespace

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

// "Jane Roe / December 18, 2020 / 2 responses / Highlights / <items> / <heading> / <text>": the title of the first
// section right over the region, under the article's byline or date line, opens the region too: a short label of a
// heading's shape (no stop, no figure, printed once) with only the metadata block between the headline and it (lines
// given a role, or a few short lines of no text: a count of replies) and the short items of a list under it, when the
// region goes on under more such titles over text, or when it is the label of a box of key points (summary_box_label():
// "L'essentiel"). (A box of key points over the byline, or an unlabelled one over a text of no headings, stays out;
// so does a button over the first paragraph.)
bool opening_title(const Page& p, std::size_t k, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    if (k == 0 || k + 1 >= re || p.role[k] != Role::none)
        return false;
    // "<headline> / <date> / Gembloux : un nouveau parking à la gare / <text> / Ciney : ... / <text>": the first item's
    // title of a page of short items, right under the page's headline and its date line.
    if (k >= 2 && (p.role[k - 1] == Role::date || p.role[k - 1] == Role::byline || p.role[k - 1] == Role::headline) &&
        first_of_labelled_items(p, k))
        return true;
    const Block& label = blocks[k];
    const int most_words = 5;
    if (label.words > most_words || label.digits > 0 || label.end_punct || label.repeats > 0 || label.boilerplate ||
        label.urls > 0 || !heading_like(label) || share_button(label))
        return false;
    // Over the items of a list, no paragraph of prose nor a caption: "Jane Roe / <date> / Save / <first paragraph>" is a
    // button.
    if (p.role[k + 1] != Role::none || p.raw_quality[k + 1] == Quality::good)
        return false;
    // Up to the headline, a few lines of the metadata block, a byline or a date line among them.
    const std::size_t most_lines = 8;
    bool metadata = false;
    std::size_t j = k;
    for (; j-- > 0 && k - j <= most_lines && p.role[j] != Role::headline;) {
        metadata = metadata || p.role[j] == Role::byline || p.role[j] == Role::date;
        if (p.role[j] == Role::none && (blocks[j].words > 3 || blocks[j].end_punct))
            return false;
    }
    if (j == static_cast<std::size_t>(-1) || p.role[j] != Role::headline || !metadata)
        return false;
    // (The label of the article's box of key points opens it on a text of no headings too.)
    if (summary_box_label(label))
        return true;
    // More titles further down: a short line of a heading's shape over a paragraph of prose.
    for (std::size_t t = k + 2; t < re; ++t)
        if (p.role[t] == Role::none && blocks[t].words <= 12 && !blocks[t].end_punct && blocks[t].digits == 0 &&
            p.quality[t + 1] == Quality::good && heading_like(blocks[t]))
            return true;
    return false;
}

// Where the region opens with the first section's title (opening_title()): right over it, or over the items of its
// list and the title of the second section, when the region opens on the second's paragraphs ("<label> / <item> /
// <item> / <title> / <region>": short sentences of a list kept out of the region by their length).
std::size_t first_section_start(Page& p, std::size_t h, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    if (rs > h + 1 && opening_title(p, rs - 1, re))
        return rs - 1;
    const std::size_t fewest_items = 2;
    if (rs < h + fewest_items + 3 || p.role[rs - 1] != Role::none || blocks[rs - 1].end_punct ||
        !heading_like(blocks[rs - 1]))
        return rs;
    const int least_words = 4, most_words = 25;
    std::size_t k = rs - 1;
    while (k > h + 2 && p.role[k - 1] == Role::none && blocks[k - 1].end_punct && blocks[k - 1].words >= least_words &&
           blocks[k - 1].words <= most_words && p.raw_quality[k - 1] != Quality::good)
        --k;
    if (rs - 1 - k < fewest_items || !opening_title(p, k - 1, re))
        return rs;
    // (The lines over the region around it may have rated the title bad in context.)
    p.quality[rs - 1] = Quality::good;
    return k - 1;
}

std::size_t mark_opening(Page& p, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::string_view language = p.language;
    Article& a = p.article;
    // Headline: the best title-like line just before the article (or opening it).
    std::size_t first_text = rs;
    while (first_text <= re && p.role[first_text] != Role::none)
        ++first_text;
    std::optional<std::size_t> headline = choose_headline(p, first_text, re);
    // "Ferries return to the pier / <its teaser> / Storm closes the bridge / ... / Ferries return to the pier /
    // JANE ROE / <the article>": the headline printed again further down, over a longer run of paragraphs than the
    // first print, is the article's; the first print is its teaser in a list of them.
    if (headline && blocks[*headline].repeats > 0) {
        const std::size_t h = *headline;
        // The paragraphs in a row under a title, past a few lines of its header (the author, the date, a picture's
        // label); one line between two paragraphs does not end the row (a teaser's summary, then other titles, does).
        auto run_under = [&](std::size_t at) {
            const std::size_t header = 8;
            std::size_t k = at + 1;
            while (k <= re && k <= at + header && p.raw_quality[k] != Quality::good)
                ++k;
            std::size_t run = 0;
            for (; k <= re; ++k) {
                if (p.raw_quality[k] == Quality::good)
                    ++run;
                else if (k + 1 > re || p.raw_quality[k + 1] != Quality::good)
                    break;
            }
            return run;
        };
        const std::size_t apart = 3;     // lines between two prints of one title block (a kicker, a date)
        const std::size_t least_run = 3; // paragraphs of an article's opening
        for (std::size_t k = std::max(h + apart, rs); k <= re; ++k)
            if (blocks[k].text == blocks[h].text) {
                std::size_t run = run_under(k);
                if (run >= least_run && run > run_under(h))
                    headline = k;
                break;
            }
    }
    // "Neue Fähre soll Pendler" / "über den Fluss bringen": a title broken over two lines is one headline when the
    // half chosen is its second, opening in small letters; the line holding its first half is the headline's place
    // (its kicker stands over it). (A chosen title over a line in small letters is not joined to it: "von flerche",
    // "zum Vergrößern anklicken" under a title are a byline and a picture's hint.)
    std::optional<std::size_t> second_half;
    if (headline && *headline > 0 && title_continued(p, *headline - 1))
        second_half = *headline, headline = *headline - 1;
    std::string& glued_date = p.glued_date;
    std::size_t body_from = rs;
    if (headline) {
        std::size_t h = *headline;
        const Block& b = blocks[h];
        HeadlineParts parts = headline_parts(p, h);
        // (The flag is kept as printed with the boilerplate, as a date glued before the title is.)
        if (const std::size_t flag = parts.headline == b.text ? update_flag_end(b.text) : 0; flag > 0) {
            glued_date = text::collapse(std::string_view(b.text).substr(0, flag));
            parts.headline = b.text.substr(flag);
        }
        a.headline = parts.headline;
        if (second_half && parts.headline == b.text)
            a.headline = b.text + " " + blocks[*second_half].text, p.role[*second_half] = Role::headline;
        if (parts.published && !a.published)
            a.published = parts.published;
        // "March 3, 2025 10:42 AM Council votes the budget": the date printed before the title is kept as
        // printed, like a date line (its parsed field does not hold it).
        if (parts.published && b.text.size() > parts.headline.size() && b.text.ends_with(parts.headline))
            glued_date = text::collapse(std::string_view(b.text).substr(0, b.text.size() - parts.headline.size()));
        if (parts.kicker) {
            a.kicker = parts.kicker;
        } else {
            // A short label right above the headline is its kicker ("Santé", "Free Future"), printed nowhere else
            // above it: "Vivienda" / headline / ... / "Archivado en" / "Vivienda" prints it again in the article's
            // tags below. (A name or a job printed again below is the author's, in a box; a figure is a price or a
            // count; the page's first line, printed again in its footer, is the site's name.)
            //
            // "Real Estate / Opinion / Sports / <blank> / Opinion / <headline>": the section's label printed in the
            // menu above as well is still the kicker when it opens a block of its own glued to the headline (a blank
            // line before it, none between it and the headline) and each copy above stands in a menu, among other
            // short lines of its block; the site's name on the page's first line is no kicker.
            auto plain_label = [&](std::size_t k) {
                return k > 0 && blocks[k].digits == 0 &&
                       (!names_line(blocks[k].text) || capitals_label_no_name(p, k)) && !job_title_line(blocks[k].text);
            };
            auto printed_only_below = [&](std::size_t k) {
                if (!plain_label(k))
                    return false;
                for (std::size_t j = 0; j < h; ++j)
                    if (j != k && blocks[j].text == blocks[k].text)
                        return false;
                return true;
            };
            auto menu_item = [&](std::size_t j) {
                auto short_line = [&](std::size_t n) { return blocks[n].words <= 3 && !blocks[n].end_punct; };
                return (j > 0 && !blocks[j].blank_before && short_line(j - 1)) ||
                       (!blocks[j].blank_after && short_line(j + 1));
            };
            // "Nacional" / <blank> / "Conagua declara emergencia ..." / <blank> / "La dependencia ...": on a page that
            // sets its lines apart (a blank line under the headline too), the label alone between blank lines is
            // glued to the headline as such a page can print it, unless the line above it is short too, as the items
            // of a menu laid out one a block are (its last item is no kicker). The last item of a menu printed as one
            // block of short lines ("Inicio / Nacional / Estados / Deportes" / <blank> / "Nacional" / <blank> /
            // <headline>, "Accueil / Économie / Sport" / <blank> / "Économie" / ...) does not part them: the label
            // is a block of its own, as the menu is.
            auto set_apart_label = [&](std::size_t k) {
                return k > 0 && k + 1 == h && blocks[k].blank_before && blocks[h].blank_after &&
                       !(blocks[k - 1].words <= 3 && !blocks[k - 1].end_punct && blocks[k - 1].blank_before);
            };
            // ("Sport / Football / Super League / ... / Super League / <headline>", "Sport / Champions League / ... /
            // Champions League / <headline>": a label shaped as a person's name that the menu above prints as one of
            // its entries names the menu's topic, a league, a team, no author.)
            auto printed_in_menu_above = [&](std::size_t k) {
                const bool name_shaped = !plain_label(k);
                if ((name_shaped && (k == 0 || blocks[k].digits > 0 || job_title_line(blocks[k].text))) ||
                    (blocks[k].blank_after && !set_apart_label(k)))
                    return false;
                bool in_menu = false;
                for (std::size_t j = 0; j < k; ++j)
                    if (blocks[j].text == blocks[k].text) {
                        if (j == 0 || !menu_item(j))
                            return false;
                        in_menu = true;
                    }
                return in_menu || !name_shaped;
            };
            // "Startseite › Tests › Haushalt / Test / <headline>", "Idées › Tribunes / TRIBUNE / <headline>": the
            // label may follow the page's breadcrumb with no blank line, as it follows one (a line of short pieces
            // between separators, no sentence; a dash parts the entries of menus too: "Finanzen – Downloads").
            // (A label in capitals names the round or the league by its figure, and its breadcrumb may too:
            // "Accueil > Handball > Ligue 1 / HANDBALL - LIGUE 1 (5e JOURNÉE)".) The breadcrumb may have lost its
            // separators in the copy: "Accueil Faits divers Saint-Aubin-des-Prés / Faits divers / <headline>"
            // (unseparated_crumb()).
            auto opens_block = [&](std::size_t k, bool figures = false) {
                if (blocks[k].blank_before)
                    return true;
                const Block& above = blocks[k - 1];
                if (unseparated_crumb(p, k - 1, blocks[k].text))
                    return true;
                // "Region Schweiz Welt Sport Meinung" / "Kommentar" / <headline>, "Actualité Région Sports Dossiers" /
                // "Dossier" / <headline>: the page's menu copied as one line without separators ends the furniture
                // above the label, as a breadcrumb does; the label one of its entries or none.
                if (unseparated_menu(p, k - 1))
                    return true;
                // "Accueil / Actualités / Travaux / <headline>" / "Travaux" / <headline>, "Home / News / Roads /
                // <headline>" / "Roads" / <headline>: a breadcrumb laid out one crumb a line closes on the headline's
                // own text (a short crumb over that copy), and ends the furniture above the label. ("Accueil /
                // Bretagne / Morlaix / Le pont de Kerhallet fermé / Faits divers / Morlaix. Le pont de Kerhallet
                // fermé": the copy may print the title without the place that opens the headline, placed_copy().)
                if (k + 1 == h && k >= 2 && (above.text == blocks[h].text || placed_copy(blocks[h].text, above.text)) &&
                    blocks[k - 2].words <= 3 && !blocks[k - 2].end_punct)
                    return true;
                // "Your Privacy Choices: We use cookies. Manage preferences | Accept all" / "Politics" / <headline>:
                // the label may follow the page's cookie or consent notice with no blank line, as it follows a
                // breadcrumb. So may it follow a newsletter's or a subscription's prompt, the page's furniture too:
                // "Sign up for our newsletter" / "POLITICS" / <headline>, "Jetzt den Newsletter abonnieren" /
                // "POLITIK" / <headline>.
                if (is_consent_or_promo_notice(above, true))
                    return true;
                // "Cookies erlauben?" / "Alle akzeptieren" / "Fußball-Bundesliga" / <headline>, "This website uses
                // cookies. Read our cookie policy." / "Got it" / "Crime" / <headline>: the banner's button (a short
                // line with no figure) under its line naming cookies (consent_banner_button()) ends it as well.
                if (consent_banner_button(blocks, k - 1))
                    return true;
                // "<lead picture's caption>. Bild: Jane Roe" / "Fährbetrieb" / <headline>, "<caption>. Photo: Jane Roe"
                // / "Abo+" / "Mobilité" / <headline>: the lead picture printed over the head (its caption or credit
                // read as such), a subscribers' badge of a word perhaps between, ends the furniture above the label as
                // a blank line does.
                static const LexiconSection* badges =
                    common_lexicon().section("subscriber_badge_words"); // (looked up once)
                const bool badge = above.words == 1 && k >= 2 &&
                                   (above.text.ends_with('+') || (badges != nullptr && badges->has(above.lower)));
                // "<blank> / Abo / Streit um Hardbrücke / <headline>", "<blank> / Abonnés / Fête de la Musique /
                // <headline>": the badge opening the head's block of its own ends the furniture above the label too.
                if (badge && above.blank_before)
                    return true;
                // "Politik / Sport / SPIEGEL+ / Abonnement / Anmelden / Streit um Schuldenbremse / <headline>",
                // "Sport / Abo / Stadtrat Zürich / <headline>", "World / Subscribe / Sign in / Housing / <headline>":
                // a menu closes on its account or subscription button (account_button()), which names no section:
                // the label under it opens the head's block.
                if (account_button(above))
                    return true;
                // "EN DIRECT" / "Politique" / <headline>: a status flag (status_flag()) opening the head ends the
                // furniture above the label under it, as a blank line does.
                if (status_flag(above))
                    return true;
                if (capitals_under_menu(p, k))
                    return true;
                // "Druckansicht" / "<paper>" / "https://www.paper.example/region/..." / "Region Ulm" / <headline>: a
                // print view's copy of the page's address, a link alone on its line, ends the furniture above the
                // label as a blank line does.
                if (above.urls > 0 && above.words == 1)
                    return true;
                const std::size_t picture = badge ? k - 2 : k - 1;
                if (p.role[picture] == Role::caption || p.role[picture] == Role::credit)
                    return true;
                // "Advertisement" / "Cornwall" / <headline>, "Anzeige" / "Bayern" / <headline>: the label of an
                // advertisement's slot (lexicon section ad_labels) ends the furniture over the block, as a blank
                // line does. (Compared lower-cased: "ADVERTISEMENT" is the same label.) Under a menu's item
                // ("Impressum" / "Werbung" / "Journelles" / <headline>) the word is the menu's last entry, a link to
                // the site's advertisers' page, and the line under it may be the site's name.
                static const LexiconSection& ad_labels = any_language_section("ad_labels"); // (merged once)
                if (above.words <= 2 && k >= 2 && ad_labels.has(text::trim(above.lower))) {
                    const Block& over = blocks[k - 2];
                    const bool closes_menu = !above.blank_before && over.words <= 2 && !over.end_punct &&
                                           over.separators == 0 && over.digits == 0;
                    if (!closes_menu)
                        return true;
                }
                // "Édition / Metz / Nancy / Faits divers - Justice / Thionville / <headline>": a rubric and its
                // subrubric parted by a dash (dashed_rubric()) end the breadcrumb over the label glued to the
                // headline. (Under another such line, or over a label set apart from the headline, it is an entry of a
                // menu: "Alltag – Downloads / Finanzen – Downloads / Hilfe / <blank> / <headline>".)
                if (dashed_rubric(above) && !blocks[k].blank_after && !(k >= 2 && dashed_rubric(blocks[k - 2])))
                    return true;
                // ("Accueil›Sport›Football" / "Super League" / <headline>: a breadcrumb whose spaces the copy lost,
                // its pieces glued to the marks.)
                const std::size_t glue_at = std::min(above.text.find("\u203a"), above.text.find("\u00bb"));
                const bool glued_crumb = above.words == 1 && glue_at > 0 && glue_at != std::string::npos &&
                                         glue_at + 2 < above.text.size() && !above.text.ends_with("\u203a") &&
                                         !above.text.ends_with("\u00bb");
                if ((above.separators == 0 && !glued_crumb) || above.end_punct || (above.digits > 0 && !figures) ||
                    above.words > 12)
                    return false;
                for (std::string_view mark : {"›", "»", ">", "|", "/"})
                    if (above.text.find(mark) != std::string::npos)
                        return true;
                return false;
            };
            // "<blank> / Science / Environment / <headline>": two labels stacked over the headline, the upper one
            // opening the block (a section and its subsection): the nearer is the kicker, the upper one stays with
            // the page's boilerplate. (The upper one stands alone or in a menu above, as a kicker does; the page's
            // first line printed again is the site's name; the nearer one names no person, one capital
            // at most: "Obituary" / "Jane Roe obituary" is the headline under its label. A label of several words
            // under two of a menu's one-word entries, "Kultur / Wissen / Europäische Union", "Sport / Culture /
            // European Union", stands out of the menu's shape: it may hold more capitals, as a German noun does.)
            auto stacked_label = [&](std::size_t k) {
                // (Printed nowhere else, such a label is no author's name in a box either: "Stadtrat Zürich". A
                // badge in capitals, "EN DIRECT", "LIVE TICKER", flags the coverage, not its topic.)
                const bool outgrown =
                    outgrows_menu(blocks, k) && blocks[k].repeats == 0 && !capitals_label(blocks[k]);
                // ("Haushalt 2027 / Haushaltsstreit in der Koalition / <headline>": a topic's phrase of four or five
                // words, topic_phrase(), names no person, whatever its capitals.)
                const bool topic = topic_phrase(blocks[k]);
                if (k == 0 || blocks[k].blank_before || p.role[k - 1] != Role::none ||
                    !(plain_label(k) || (outgrown && !job_title_line(blocks[k].text))) ||
                    (blocks[k].upper_initial > 1 && !outgrown && !topic && !capitals_label_no_name(p, k)))
                    return false;
                // (Nor is the upper one the page's first line, or the next of a menu laid out one item a block.)
                if (k < 2 || (blocks[k - 2].blank_before && blocks[k - 2].blank_after && blocks[k - 2].words <= 3 &&
                              !blocks[k - 2].end_punct))
                    return false;
                const Block& above = blocks[k - 1];
                // "Aceptar / Configurar / Valencia / Vivienda / <headline>", "<cookie notice> / Cultura / Obituário /
                // <headline>": on a page without any blank line (a scraper's text), the upper one opens the block
                // under a button or a menu's item (a short line without a stop) or under the page's furniture.
                auto opens_unspaced = [&] {
                    const Block& over = blocks[k - 2];
                    if (!(over.boilerplate || (over.words <= 3 && !over.end_punct) ||
                          is_consent_or_promo_notice(over, false)))
                        return false;
                    if (menus_tool_item(blocks, k))
                        return false;
                    // (The page's first line is set apart from its start: the lines under it are asked.)
                    return std::none_of(blocks.begin() + 1, blocks.end(), [](const Block& x) { return x.blank_before; });
                };
                return (above.blank_before || opens_unspaced()) && above.words <= 3 && !above.end_punct &&
                       heading_like(above) &&
                       !above.boilerplate &&
                       (above.repeats == 0 || printed_only_below(k - 1) || printed_in_menu_above(k - 1));
            };
            // ("Home" / <headline>, "Startseite" / <headline>: the link to the site's home page, lexicon section
            // home_labels, names no section. "Der Talbote" / <headline>, "La Gazette" / <headline>: the page's first
            // line opened by an article is the paper's name, its masthead; so is "Corriere della Sera" / <headline> /
            // "5-6 minuti", a reader view's first line, capitalised words holding a paper's noun (outlet_masthead()).
            // "Harbour Post" / "Follow" / <headline>: an aggregator's button to follow the provider named over it,
            // follow_button(), names none either.)
            static const LexiconSection& home_labels = any_language_section("home_labels");
            static const LexiconSection& articles = any_language_section("articles");
            // ("Vallonnais" / <headline> / ... / "© Vallonnais 2026", "Talspiegel" / <headline> / ... / "Quelle:
            // https://www.talspiegel.de/...": the page's first line naming the site its copyright or its address
            // names, names_own_site(), is its masthead too; "Analyse" over the same page stays the kicker.)
            const auto site_name = [&] {
                const Block& first = blocks[0];
                return first.words <= 3 && first.digits == 0 && !first.end_punct && first.urls == 0 &&
                       names_own_site(first.text, own_names_of(p));
            };
            // ("Lagunare" / "<title> | Lagunare": the title's last piece printing the first line again names the
            // site too.)
            const auto site_suffix = [&] {
                const auto suffix = title_suffix(blocks[1].text);
                return suffix && text::collapse(suffix->site) == text::collapse(blocks[0].text);
            };
            const bool masthead =
                h == 1 && ((blocks[0].words >= 2 && articles.has(text::first_token(blocks[0].lower))) ||
                           outlet_masthead(blocks[0]) || site_name() || site_suffix());
            // (A gallery's label over a gallery's title, gallery_label_over_gallery(), is one though its words read
            // as boilerplate.)
            const bool gallery_label = h > 0 && blocks[h - 1].boilerplate && gallery_label_over_gallery(p, h);
            // (A status flag, a wire's slug or a subscribers' badge right over the headline is none of these labels:
            // it stays with the boilerplate; so does a gallery's label over an article's title, its button.)
            if (h > 0 && (status_flag(blocks[h - 1]) || wire_slug(blocks[h - 1]) || badge_over_head(blocks[h - 1]) ||
                          (gallery_label_word(blocks[h - 1]) && !gallery_label_over_gallery(p, h))))
                ;
            else if (h > 0 && p.role[h - 1] == Role::none &&
                (blocks[h - 1].words <= 3 || topic_phrase(blocks[h - 1])) && !masthead &&
                (heading_like(blocks[h - 1]) || gallery_label) && !blocks[h - 1].end_punct &&
                !home_labels.has(blocks[h - 1].lower) &&
                (blocks[h - 1].repeats == 0 || printed_only_below(h - 1) || printed_in_menu_above(h - 1)) &&
                (opens_block(h - 1) || stacked_label(h - 1)) &&
                (!blocks[h - 1].boilerplate || gallery_label) &&
                !account_button(blocks[h - 1]) && !follow_button(blocks[h - 1].text) &&
                !menus_last_section(blocks, h - 1) && !menu_item_over_ad(blocks, h - 1) &&
                !menus_action_link(blocks, h - 1))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // (A kicker of four to seven words over a title and its signed standfirst, kicker_over_signed_head().)
            else if (kicker_over_signed_head(p, h))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Portada / Local / Deportes / Opinión / Opinión / <headline>", "Nieuws / Regio / Opinie / Opinie /
            // <headline>": a menu laid out one entry a line, its last entry printed again right under it (read as a
            // duplicate line) and right over the headline: the second print is the section's label, the kicker.
            else if (menu_entry_again(p, h))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Inicio Actualidad Deportes Opinión" / "Fútbol | Preferente" / <headline>: two labels joined by a
            // separator, printed once above, opening the block as a label does.
            else if (h > 0 && p.role[h - 1] == Role::none && joined_labels(p, h - 1) &&
                     blocks[h - 1].repeats == 0 && !blocks[h].blank_before && opens_block(h - 1))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "RUGBY - PRO D2 (8e JOURNÉE)", "FUSSBALL – 2. BUNDESLIGA": a longer label in capitals right over a
            // headline that is not (the sport, the league and the round), glued to it, printed once above. ("CRISIS
            // EN EL GOBIERNO / <headline> / ... / Archivado en / Crisis en el Gobierno": the article's tags under it
            // may print the topic again.)
            else if (h > 0 && p.role[h - 1] == Role::none && capitals_label(blocks[h - 1]) && !blocks[h].blank_before &&
                     !capitals_label(blocks[h]) && (blocks[h - 1].repeats == 0 || printed_only_below(h - 1)) &&
                     opens_block(h - 1, true) && !blocks[h - 1].boilerplate &&
                     (!names_line(blocks[h - 1].text) || capitals_label_no_name(p, h - 1) ||
                      capitals_topic(blocks[h - 1])) &&
                     !job_title_line(blocks[h - 1].text))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Super League: Basel – Bern 1:3", "Ligue 1 : Lyon – Nantes 2:1": the match's result line (result_line())
            // glued right over the report's headline, printed once above, is its kicker, as the league's label is.
            else if (h > 0 && p.role[h - 1] == Role::none && !blocks[h].blank_before && blocks[h - 1].repeats == 0 &&
                     !blocks[h - 1].boilerplate && result_line(blocks[h - 1].text) && !result_line(blocks[h].text))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Nach Angriff auf Umspannwerk: / Bundesanwaltschaft übernimmt Ermittlungen", "Politik Inland / Rente mit
            // 70? / Arbeitsministerin will länger arbeiten lassen": a lead-in closed by a colon or a short question
            // (lead_in_label()) glued right over the headline, printed once above, is its kicker, whatever stands
            // over it. (A headline that is a question itself is no answer under one.)
            else if (h > 0 && p.role[h - 1] == Role::none && !blocks[h].blank_before && blocks[h - 1].repeats == 0 &&
                     lead_in_label(blocks[h - 1]) && !blocks[h].text.ends_with('?') && !blocks[h].text.ends_with(':') &&
                     !names_line(blocks[h - 1].text))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Bilder: Sturmflut trifft die Nordseeküste", "En images : la tempête frappe la Bretagne": with no
            // label above, a gallery's flag before the title's colon is its kicker; the headline keeps it, as
            // printed in the page's title.
            if (!a.kicker)
                if (const std::string_view flag = gallery_flag(*a.headline); !flag.empty())
                    a.kicker = std::string(flag);
        }
        // "Guerre en Ukraine" / "Guerre en Ukraine" / <headline>: a kicker printed twice was read as a caption printed
        // twice with no credit (collect_media()); the first print is the kicker's copy, no picture.
        for (std::size_t k = h; k-- > 1 && h - k <= 2;)
            if (p.role[k] == Role::kicker && p.role[k - 1] == Role::caption && p.soft_caption[k - 1] &&
                blocks[k - 1].text == blocks[k].text) {
                const auto m = std::find_if(a.media.begin(), a.media.end(),
                                            [&](const Media& x) { return !x.credit && x.caption == blocks[k].text; });
                if (m != a.media.end()) {
                    a.media.erase(m);
                    p.role[k - 1] = Role::boilerplate;
                }
            }
        // A headline printed twice or over the lead picture's credit, not a caption: the credit stays alone.
        if (p.soft_caption[h]) {
            auto m = std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == b.text; });
            if (m != a.media.end() && m->credit)
                m->caption.reset();
            else if (m != a.media.end())
                a.media.erase(m);
        }
        p.role[h] = Role::headline;
        body_from = std::max(rs, second_half && p.role[*second_half] == Role::headline ? h + 2 : h + 1);
        // "Morlaix. Le pont de la Villeneuve fermé trois mois" / "Faits divers" / <the same title> / <standfirst>: the
        // title printed twice around its kicker, the copy opened by its place and a stop, reads as a sentence and
        // may open the region; a line of the region over the title repeating it, as it is or past a place
        // (repeats_title()), is its copy, never a paragraph of the text: it stays with the page's boilerplate. (Under
        // the title, such a line may be an entry's or a recipe card's heading: "Das Wichtigste" / <entry title> /
        // ... / <the same title> / <its entry>, which other rules read.)
        if (!second_half)
            for (std::size_t k = rs; k < h; ++k)
                if (p.role[k] == Role::none && !b.text.empty() && !blocks[k].text.empty() &&
                    blocks[k].text.back() == b.text.back() && repeats_title(blocks[k].text, b.text))
                    p.role[k] = Role::boilerplate;
    } else {
        a.warnings.push_back("no headline found");
    }

    // "Experts answer your questions. / Ask the experts / Sign in / Newsletters / ... / Headline / First paragraph": the
    // region may open on the text of a box over the site's menu; the article starts at its headline when a menu of
    // ten lines or more, none of them text, stands between that text and the headline.
    if (headline && *headline > rs) {
        const std::size_t menu = 10;
        std::size_t gap = 0;
        for (std::size_t k = *headline; k-- > rs && p.quality[k] != Quality::good;)
            ++gap;
        if (gap >= menu && gap < *headline - rs)
            rs = *headline + 1;
    }

    // "Alles vorbei! / Hunderttausende Paare trennen sich zur Zeit. / An der Costa Brava...": short sentences between
    // the headline and the region open the article; only their length kept them out of the region. Under a line
    // that is none ("Posted: 05.01.2024 | Author: jdoe | Filed under: Harbour"), the sentences right above the
    // region still do.
    if (headline && *headline + 1 < rs) {
        std::size_t from = rs;
        for (std::size_t k = rs; k-- > *headline + 1;) {
            if (p.role[k] != Role::none)
                continue;
            const Block& b = blocks[k];
            if (!b.end_punct || b.words < 4 || b.boilerplate || is_promo_notice(b) || origin_note(b) ||
                (p.raw_quality[k] == Quality::bad && !short_sentence(b, language)))
                break;
            from = k;
        }
        rs = from;
    }
    // "Harbour crane returns / Forty years on the quay and still lifting / <first paragraph>": a title line
    // right under the headline and right over the region is the article's subtitle; a line of a few words and no
    // full stop, so its length kept it out of the region. "Old crane returns, Wendle quay, photo via" repeats the
    // headline's words under it: the label of its picture.
    if (headline && *headline + 2 == rs && p.role[rs - 1] == Role::none) {
        const Block& b = blocks[rs - 1];
        const auto& title = blocks[*headline].lower_words();
        auto repeated = std::count_if(b.lower_words().begin(), b.lower_words().end(), [&](std::string_view w) {
            return std::find(title.begin(), title.end(), w) != title.end();
        });
        if (!b.end_punct && b.words >= 5 && b.words <= 20 && !b.boilerplate && headline_like(b) &&
            p.raw_quality[rs - 1] != Quality::bad && static_cast<std::size_t>(repeated) * 2 < b.lower_words().size()) {
            --rs;
            // (The bad headline over it may have rated it bad in context.)
            p.quality[rs] = Quality::good;
        }
    }

    // "<headline> / <date> / Gembloux : un nouveau parking ... / <text> / Ciney : ... / <text> / Couvin : ... /
    // <text>": a page of short items (first_of_labelled_items()) opens the region on its first item's title under the
    // head's lines, though its short texts weigh little.
    if (headline && *headline + 1 < rs) {
        std::size_t k = *headline + 1;
        while (k < rs && (p.role[k] == Role::date || p.role[k] == Role::byline))
            ++k;
        if (k < rs && p.role[k] == Role::none && first_of_labelled_items(p, k))
            rs = k;
    }
    // "<title> / Season tickets will cost up to £400 more a year / The operator says ... since 2019 / By Jane Roe /
    // <text>": the points of a summary list printed without bullets under the title (unlabelled_summary_point()) are
    // no standfirst (a lede is one) and no text of the body, which opens under the byline: they stay with the page's
    // boilerplate, as the items of a labelled box of key points do.
    if (headline) {
        std::size_t k = *headline + 1;
        while (k <= re && unlabelled_summary_point(p, k) == headline)
            ++k;
        for (std::size_t j = *headline + 1; j < k; ++j)
            p.role[j] = Role::boilerplate;
        if (k > *headline + 1)
            rs = std::max(rs, k);
    }
    if (headline)
        mark_desk_signatures(p, *headline, re);
    // "ROMA - Il governo ...", "München – Florian Aigner ...", "Hannover. Der Landtag ...": a paragraph opened by a
    // dateline.
    const auto opens_with_dateline = [&](std::string_view text) {
        const auto tag = dateline_tag(text);
        return (tag && !tag->place.empty()) || small_place_dash(text, language).has_value() ||
               small_place_stop(text, language).has_value();
    };
    // Lede: the first text after the headline, when something other than body text follows it.
    std::size_t i = headline ? *headline + 1 : body_from;
    while (i <= re && p.role[i] != Role::none)
        ++i;
    // "Ukraine-Krieg im Liveticker / +++ 14:32 Kowalenko: Gespräche in Genf +++ / Aktualisiert: 05.12.2026, 14:32 Uhr /
    // <standfirst>": a live ticker's banner of its latest entry (ticker_banner()) under the headline is no standfirst;
    // it stays with the boilerplate, and the standfirst is sought under it (past the date line).
    if (headline && i < re && ticker_banner(blocks[i].text)) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Sujet dans 'Potager' lancé par X, 14 août 2026. / <first post>": a forum thread's meta line
    // (thread_meta_line()) under the headline is no standfirst; it stays with the boilerplate.
    if (headline && i < re && thread_meta_line(blocks[i])) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Anna Kowalska / <standfirst>": the author's name alone on its line, with no byline word (read as
    // a byline only later, by the lines around it), stands between the headline and the standfirst.
    if (headline && i < re && bare_names_over_text(blocks[i])) {
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Écouter cet article · 4 min / <chapeau>", "<headline> / Listen to this article · 9 min /
    // <standfirst>": a reading aid (a read-aloud player's button, a reading time) between the headline and the
    // standfirst is no standfirst; it stays with the boilerplate, and the standfirst is sought under it.
    // ("<headline> / Par X / Publié le … / Écouter cet article / 00:00/05:12 / <chapeau>": the button, then its
    // readout, each an aid.)
    while (headline && i < re && reading_aid(blocks[i])) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // (A lede found by one of the two rules below is not sought again under the headline.)
    bool head_lede = false;
    // "<headline> / - El plan prevé 400 millones de euros hasta 2030. / - Las comunidades de regantes tendrán un año
    // para adaptarse. / MADRID, 6 (EUROPA PRESS) / <text>", "<titolo> / • La strada resterà chiusa ... / • Nessun
    // ferito, evacuate due case. / ROMA, 6 dicembre (ANSA) / <testo>": a wire's standfirst of bulleted points right
    // under the title, over its dateline alone on its line (bulleted_standfirst()), is the lede, its points printed
    // as one, their marks kept; the dateline stays the text's.
    if (headline)
        if (const std::size_t dateline = bulleted_standfirst(p, *headline + 1, re); dateline > 0) {
            std::string points;
            for (std::size_t k = *headline + 1; k < dateline; ++k) {
                p.role[k] = Role::lede;
                points += points.empty() ? "" : " ";
                points += blocks[k].text;
            }
            a.lede = std::move(points);
            head_lede = true;
        }
    // "# <title>" / "> ## Excerpt" / "> <standfirst>" / "---" / <text>, read as "<headline> / Excerpt / <standfirst> /
    // --- / <text>": a clipper's export prints the page's standfirst under its label (standfirst_label(): "Excerpt",
    // kept in English by a German or French export, "Extrait", "Auszug" where the clipper translates it) right under
    // the title. The line under the label is the lede whatever follows it (a sentence or two, no label or list's
    // item); the label stays with the boilerplate.
    // (The label may be left to the boilerplate already.)
    const std::size_t label = headline ? *headline + 1 : 0;
    if (!head_lede && headline && label < re && (p.role[label] == Role::none || p.role[label] == Role::boilerplate) &&
        p.role[label + 1] == Role::none && standfirst_label(blocks[label])) {
        const int least_words = 4;
        const Block& under = blocks[label + 1];
        if (under.words >= least_words && under.end_punct && under.urls == 0 && bullet_mark(under.text).empty()) {
            p.role[label] = Role::boilerplate;
            p.role[label + 1] = Role::lede;
            a.lede = under.text;
            head_lede = true;
        }
    }
    // "<headline> / Update: the tunnel reopens at five tomorrow morning. / <standfirst>", "<titre> / Mise à jour :
    // l'incendie est éteint. / <chapeau>": a note on a change to the article (update_note()) between the headline and
    // the standfirst is no standfirst; it stays with the text, and the standfirst is sought under it.
    if (headline && i < re && update_note(blocks[i].text)) {
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Translated from the German by Mark Ellison. / <text>", "<titre> / Traduit de l'anglais par ... /
    // <texte>": a note on the text's origin or translator (origin_note(), lexicon section origin_notes) right under
    // the headline is no standfirst: it goes to the boilerplate, and the standfirst is sought under it.
    if (headline && i < re && p.role[i] == Role::none && origin_note(blocks[i])) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Now Playing / 02:31 / Play Video / 0:00 / 2:31 / <description> / <date>": a video's page, the
    // player's lines between its title and its description (past_video_player()), which is the standfirst.
    if (headline && i < re)
        i = past_video_player(p, i, re, blocks[*headline].text);
    // "<headline> / vor 5 Minuten / <entry> / Teilen / vor 30 Minuten / ...": a live blog with no standfirst opens on
    // its first entry under its stamp (the stamp read as a relative date), which is no lede.
    // "<headline> / 作者：X / <date> / 阅读 3万 / 分享 / 摘要：多家厂商在年底发布新机… / <text>": a CJK standfirst under
    // its label (cjk_labelled_lede()) is the lede, the label left to the page's lines; buttons (short lines without a
    // stop) may stand over it.
    std::optional<std::string_view> labelled;
    for (std::size_t k = i, reach = i + 4; headline && !head_lede && k <= re && k <= reach; ++k) {
        if (p.role[k] != Role::none)
            continue;
        if ((labelled = cjk_labelled_lede(blocks[k].text))) {
            p.role[k] = Role::lede;
            a.lede = std::string(*labelled);
            break;
        }
        if (blocks[k].end_punct || blocks[k].words > 3)
            break;
    }
    const bool short_head = headline && i <= re && short_standfirst(p, *headline, i, rs);
    const bool one_sentence = headline && i <= re && sentence_standfirst(p, *headline, i);
    // (A gallery's page may close its region on the headline, its captions no text: its standfirst is sought under
    // the headline all the same.)
    const bool gallery_deck =
        headline && i == *headline + 1 && i < blocks.size() && gallery_standfirst(p, *headline, i);
    const bool deck = gallery_deck ||
                      (headline && i <= re &&
                       (dated_deck(p, *headline, i, re) || deck_over_picture(p, *headline, i, re) ||
                        bare_standfirst(p, *headline, i, re)));
    if (!labelled && !head_lede && headline && (i <= re || gallery_deck) &&
        (blocks[i].words >= 8 || one_sentence || deck) &&
        (p.quality[i] == Quality::good || p.raw_quality[i] == Quality::near_good ||
         terse_standfirst(p, *headline, i) || short_head || one_sentence || deck) &&
        !(i > *headline + 1 && live_entry_title(p, i))) {
        std::size_t next = i + 1;
        // "<lede> / Compartir esta noticia / E. Roe / J. Doe": a share button between the lede and its byline;
        // "<lede> / Lectura: 3 min / Por Ana Ruiz", "<sommario> / Tempo di lettura: 4 minuti / di Anna Bianchi": the
        // reading time (reading_aid()), a boilerplate line already or not.
        // "<chapeau> / Sujet radio / Écouter / <programme> / 1 min. / ...": an audio player's lines
        // (past_audio_player()) likewise.
        for (std::size_t past = next; next <= re; next = past) {
            if ((p.role[next] == Role::none && share_button(blocks[next])) ||
                ((p.role[next] == Role::none || p.role[next] == Role::boilerplate) && blocks[next].digits > 0 &&
                 reading_aid(blocks[next])))
                past = next + 1;
            else
                past = past_audio_player(p, next, re);
            if (past == next)
                break;
        }
        bool interrupted = short_head || deck ||
                           (next <= re && p.role[next] != Role::none && p.role[next] != Role::paragraph &&
                            !running_head(p, next));
        // "<standfirst> / Teilen / 14:20 Uhr / <first entry's title>": a live blog's first entry under its time stamp
        // (the stamp of a run of them, live_entry_title()), perhaps under the buttons printed under every entry (a
        // few words the page repeats, no sentence).
        if (!interrupted) {
            const int most_button_words = 3;
            const std::size_t most_buttons = 2;
            std::size_t j = next;
            while (j <= re && j < next + most_buttons && p.role[j] == Role::none && blocks[j].repeats > 0 &&
                   blocks[j].words <= most_button_words && !blocks[j].end_punct)
                ++j;
            interrupted = j + 1 <= re && p.role[j] == Role::none && live_entry_title(p, j + 1);
        }
        // "<lede> / Redacción / Santander / 24/05/2026 19:45 h": a newsroom's signature or a place, a short line of a
        // word or two each, over the byline or the date line.
        if (!interrupted && next <= re && p.role[next] == Role::none) {
            const int most_words = 2;
            const std::size_t most_lines = 2;
            std::size_t j = next;
            // "<chapeau> / Marie-Ève Tremblay / La Presse Canadienne / 3 décembre 2026", "<standfirst> / Jane Roe /
            // AFP / 3 Dec 2026": the agency's line under the author's name, read as the text's tag already (the
            // agency's name over the date line), signs the text as the desk's word does, however many its words.
            // "<chapeau> / par Libération / publié le 20 mars 2025", "<Lead> / von Hafenblatt / 3. Mai 2025": a desk's
            // byline in small letters, the byline's word before the outlet's name (desk_byline()), likewise.
            while (j <= re && j < next + most_lines &&
                   (p.role[j] == Role::source_tag ||
                    (p.role[j] == Role::none && blocks[j].words <= most_words && blocks[j].digits == 0 &&
                     !blocks[j].end_punct && blocks[j].upper_initial == blocks[j].words) ||
                    (p.role[j] == Role::none && desk_byline(blocks[j], language))))
                ++j;
            interrupted = j > next && j <= re && (p.role[j] == Role::date || p.role[j] == Role::byline);
            // "<headline> / <standfirst> / SAN TELMO.- El intendente ...", "<headline> / <standfirst> / Agencias /
            // OSLO (AFP) - ...": the body's first paragraph opens with a dateline (which no standfirst does), right
            // under the line right under the headline or under the desk's signature.
            // (A picture's caption, "<headline> / <byline> / <caption> / <dateline>", stands under the byline; one
            // closed by its credit, "... in 2017. Photo: Harbour Club", is no standfirst.)
            // "<headline> / di Jane Roe / 3 dicembre 2026, 07:45 / <standfirst> / CHIAVENNA - La prima ...",
            // "<titre> / Publié le ... | Par Jeanne Morel / <chapeau> / Koudougou, 3 déc. (AIB) - ...": so too under
            // the byline and the date lines alone.
            interrupted = interrupted || ((i == *headline + 1 || under_head_lines(p, *headline, i)) && j <= re &&
                                          p.role[j] == Role::none && blocks[j].words >= 8 &&
                                          dateline_tag(blocks[j].text) && !dateline_tag(blocks[i].text) &&
                                          !split_trailing_credit(blocks[i]));
        }
        // "<standfirst> / Tomás Ibarra, en su taller en 2017. / Tomás Ibarra, en su taller en 2017. PEDRO GÁLVEZ /
        // <byline>", "<standfirst> / <caption>. Foto: Peter Gallwitz / <byline>": the lead picture's caption closed by
        // its credit (caption_closed_by_credit()), perhaps under its sentence printed alone, parts the standfirst
        // from the text as the picture does.
        interrupted =
            interrupted ||
            (next <= re && p.role[next] == Role::none &&
             (caption_closed_by_credit(blocks[next]) ||
              (next + 1 <= re && blocks[next].end_punct && blocks[next].words >= 4 &&
               printed_again_with_more(blocks[next].text, blocks[next + 1].text) &&
               caption_closed_by_credit(blocks[next + 1]))));
        // (A match's score box between the standfirst and its byline, past_score_box(), parts them no more.)
        interrupted = interrupted || (next <= re && past_score_box(p, next, re) != next);
        // "<standfirst> / Pieter Van Damme en Sofie Claes / wo 3 dec 2026 om 09.14", "<chapeau> / Jeanne Morel et
        // Paul Roux / mer. 3 déc. 2026": the authors' names alone over the date line (or the byline), read as the
        // byline only later by the lines around them, end the standfirst as the byline does.
        // (The date line first: reading a line's names costs more.)
        // "<linha fina> / Ana Beatriz Carvalho / Brasília / 5.dez.2026 às 14h32", "<Lead> / Anna Muster / Bern /
        // 3. Mai 2025": the place the author files from, a line of one word or two, may stand between the names and
        // the date line.
        // "<standfirst> / Jane Roe / Deputy political editor @janeroe / <date>", "<Lead> / Anna Muster /
        // Korrespondentin / <date>": so may the author's job title, a short line of a job title's word
        // (job_title_line()) with no stop (region51).
        const auto dated_under_names = [&] {
            std::size_t k = next + 1;
            const int most_place_words = 2, most_title_words = 6;
            if (k + 1 <= re && p.role[k] == Role::none && blocks[k].digits == 0 && !blocks[k].end_punct &&
                ((blocks[k].words <= most_place_words && blocks[k].upper_initial == blocks[k].words) ||
                 (blocks[k].words <= most_title_words && job_title_line(blocks[k].text))))
                ++k;
            return k <= re && (p.role[k] == Role::date || p.role[k] == Role::byline);
        };
        interrupted = interrupted || (next + 1 <= re && p.role[next] == Role::none && dated_under_names() &&
                                      bare_names_over_text(blocks[next]));
        interrupted = interrupted || (next + 1 <= re && titled_names_over_date(p, next) != 0);
        // "<standfirst> / Hélène Roux / Économiste, professeure à l'université de Lyon / <date>": so do the writer's
        // name and bio over the date line (bio_over_date()).
        interrupted = interrupted || (next + 2 <= re && p.role[next] == Role::none && bio_over_date(p, next) &&
                                      bare_names_over_text(blocks[next]));
        // "<summary> / Weiden, 3. März 2025. Die Firma ...": a press release's dateline opens its text under the lede.
        interrupted = interrupted || (next <= re && p.role[next] == Role::none && blocks[next].digits > 0 &&
                                      press_dateline(blocks[next].text, language));
        // "Rewetting 41 bogs shows that water, not planting, brings the carbon back / Peer-Reviewed Publication /
        // Harbour University / Share / [Image: a ditch] / <the body>": a standfirst over labels and buttons only,
        // down to the body's first paragraph. Inside the region only a line that no stop closes: "<first
        // paragraph>. / Advertisement / <second paragraph>" is the body. (A teaser's summary, a menu's entry or a
        // prompt is no such line: printed again, a notice, or followed by other text.)
        // Among those labels the article's reading time ("<standfirst>. / Tweet / 3 min read / <body>") belongs to
        // the article's head, never to its body: the line over it is the standfirst, stop or not, region or not, even
        // printed again further down (as the page's summary of the article).
        // (The reading time is sought only where the line is no standfirst without it.)
        const bool plain = blocks[i].repeats == 0 && (i < rs || !blocks[i].end_punct);
        bool reading_time = false;
        interrupted = interrupted || (next <= re && p.role[next] == Role::none && !blocks[i].boilerplate &&
                                      blocks[i].urls == 0 && !p.terminator[i] &&
                                      labels_over_body(p, i, rs, plain ? nullptr : &reading_time) &&
                                      (plain || reading_time) && !reader_prompt(blocks[i]) &&
                                      !is_promo_notice(blocks[i]));
        // "<headline> / Barcelos - A Câmara aprovou ... / Por Ana Rita Fonseca / <date> / <text>", "<headline> / ROMA -
        // Il governo ... / di Jane Roe / <text>", "<Überschrift> / Hannover. Der Landtag ... / Von Anna Muster /
        // <text>": a line opening with a dateline is the text's first paragraph, printed over the byline, no
        // standfirst.
        const bool dated = opens_with_dateline(blocks[i].text);
        // "<headline> / Wegen Bauarbeiten fallen 200 Züge aus. / Das Wichtigste in Kürze / <items> / <picture> /
        // <text>", "<headline> / <standfirst> / Key points / <items>": the label of the article's box of key points
        // (summary_box_label()) under the line under the headline: the box belongs to the article's head, and the
        // line over it is the standfirst, with no byline or date line under it.
        const bool boxed = next <= re && (p.role[next] == Role::none || p.role[next] == Role::heading) &&
                           blocks[i].end_punct && summary_box_label(blocks[next]);
        interrupted = interrupted || boxed;
        if (interrupted && (p.role[next] != Role::heading || boxed) && !dated) {
            p.role[i] = Role::lede;
            a.lede = blocks[i].text;
        }
    }
    // "<headline> / Erstellt: ... / Von: Lukas Hierl / Kommentare / Teilen / <caption> / © Name/dpa / Der Minister hat
    // die Pläne scharf kritisiert. / München – Florian Aigner ist ...", "<titre> / Par ... / <légende> / Photo X /
    // Le ministre a vivement critiqué le projet. / RENNES – Le ministre ...": under the head's lines, its buttons
    // and the lead picture, a paragraph right over the body's first one, which opens with a dateline (as no
    // standfirst does), is the standfirst printed under the picture. (Buttons: lines of three words at most, no stop.)
    if (headline && !a.lede) {
        const std::size_t reach = 8;
        const int most_button_words = 3;
        std::size_t k = *headline + 1;
        while (k <= re && k <= *headline + reach &&
               (p.role[k] == Role::date || p.role[k] == Role::byline || p.role[k] == Role::caption ||
                p.role[k] == Role::credit || p.role[k] == Role::boilerplate || p.role[k] == Role::duplicate ||
                (p.role[k] == Role::none && blocks[k].words <= most_button_words && !blocks[k].end_punct)))
            ++k;
        // (The lead picture with its caption: a credit alone, "Foto: Anna Muster", may be printed over a picture set
        // in the text, and the line under it is the text's.)
        const bool pictured = k > *headline + 2 && (p.role[k - 1] == Role::caption ||
                                                    (p.role[k - 1] == Role::credit && p.role[k - 2] == Role::caption));
        if (pictured && k + 1 <= re && p.role[k] == Role::none && p.role[k + 1] == Role::none &&
            blocks[k].end_punct && blocks[k].words >= 8 && blocks[k + 1].words >= 8 &&
            opens_with_dateline(blocks[k + 1].text) && !opens_with_dateline(blocks[k].text) &&
            !split_trailing_credit(blocks[k])) {
            p.role[k] = Role::lede;
            a.lede = blocks[k].text;
        }
    }
    if (headline)
        rs = first_section_start(p, *headline, rs, re);
    return rs;
}

// "<headline> / Jane Roe / <standfirst>": a line of names alone right over the lede that no rule has read as the
// byline (the page signs the text elsewhere: the name is the lead picture's author's) is no heading of the text
// under the lede: it stays with the boilerplate.
void drop_names_over_lede(Page& p) {
    const auto lede = std::find(p.role.begin(), p.role.end(), Role::lede);
    if (lede == p.role.end() || lede == p.role.begin())
        return;
    const std::size_t k = static_cast<std::size_t>(lede - p.role.begin()) - 1;
    if (p.role[k] == Role::none && k > 0 && p.role[k - 1] == Role::headline && bare_names_over_text(p.blocks[k]))
        p.role[k] = Role::boilerplate;
}

// "Ein zweites Gutachten soll bis Mai vorliegen. Von Anna Muster, Bern", "... rendue mardi. Par Anne Roux,
// Lausanne", "... on Monday. By Jane Hill, Leeds": a byline closing the standfirst after its last sentence (a stop,
// then a byline of a few words with none, byline_authors()) signs the text: on a page no byline signs, its names are
// the authors and the standfirst without it the lede (the line stays whole with the boilerplate). ("Das Gutachten
// stammt von Anna Muster aus Bern.": a name inside a sentence signs nothing.)
void byline_closing_lede(Page& p) {
    Article& a = p.article;
    const std::size_t most_byline_words = 8, least_lede_words = 4;
    if (!a.lede || !a.authors.empty())
        return;
    const std::string& lede = *a.lede;
    const std::size_t stop = lede.find_last_of(".!?");
    if (stop == std::string::npos || stop + 2 >= lede.size() || lede[stop + 1] != ' ')
        return;
    const std::string_view byline = std::string_view(lede).substr(stop + 2);
    const std::string_view standfirst = std::string_view(lede).substr(0, stop + 1);
    if (text::split_ws(byline, most_byline_words + 1).size() > most_byline_words ||
        text::split_ws(standfirst, least_lede_words).size() < least_lede_words)
        return;
    auto names = byline_authors(byline, p.language);
    if (!names || names->empty())
        return;
    a.authors = std::move(*names);
    a.lede = std::string(standfirst);
}

// "Inés Roe / Profesora de Geografía en el instituto de Valdora. / «<epigraph>»": a columnist's note of one sentence
// right under the byline (or under the date line under it) tells who the author is, no paragraph of the text: it opens
// with a job ([bio_words], [bio_profession_words]: "Profesora de ...", "Professeur d'histoire ...") or with the
// author's name and a job a few words on ("Jane Roe is a lecturer in ..."). It is kept with the boilerplate.
void drop_author_note(Page& p, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const auto byline = std::find(p.role.begin(), p.role.end(), Role::byline);
    if (byline == p.role.end() || p.article.authors.empty())
        return;
    std::size_t k = static_cast<std::size_t>(byline - p.role.begin()) + 1;
    // "Jane Roe / Deputy political editor @janeroe / <date>", "Anna Muster / Korrespondentin / <date>": the author's
    // job title, a short line of a job title's word (job_title_line()) with no stop or figure, right under the
    // byline or over its date line, is the byline's, no line of the text (region51).
    const int most_title_words = 6;
    auto job_line = [&](std::size_t at) {
        return p.role[at] == Role::none && blocks[at].words <= most_title_words && !blocks[at].end_punct &&
               blocks[at].digits == 0 &&
               (p.role[at - 1] == Role::byline || (at + 1 <= re && at + 1 < blocks.size() && p.role[at + 1] == Role::date)) &&
               job_title_line(blocks[at].text);
    };
    while (k <= re && k < blocks.size() && (p.role[k] == Role::byline || p.role[k] == Role::date || job_line(k))) {
        if (p.role[k] == Role::none)
            p.role[k] = Role::boilerplate;
        ++k;
    }
    if (k > re || k >= blocks.size() || p.role[k] != Role::none)
        return;
    const Block& b = blocks[k];
    const int least_words = 4, most_words = 45, job_within = 8;
    // ("Editor's note: This article has been updated ...": the publication's note on the article is the text's.)
    if (!b.end_punct || b.words < least_words || b.words > most_words || !text::starts_upper(b.text) ||
        update_note(b.text))
        return;
    static const LexiconSection& press = any_language_section("bio_words");
    static const LexiconSection& jobs = any_language_section("bio_profession_words");
    auto job = [&](std::string_view w) { return press.has(w) || jobs.has(w); };
    std::size_t at = 0;
    std::string_view w = text::next_word_of_lowered(b.lower, at);
    // ("President Jane Roe told ...": a title before a name opens a sentence of the text; a job's own words follow
    // the job in small letters, "Profesora de", "Professorin für".)
    std::size_t second = 0;
    text::next_token(b.text, second);
    const std::string_view after_job = text::next_token(b.text, second);
    bool note = job(w) && !after_job.empty() && !text::starts_upper(after_job);
    // ("Jane Roe is ...", "Roe ist ...": the author's full name or last name opens the line.)
    const std::string& name = p.article.authors.front();
    const std::string_view last = std::string_view(name).substr(name.rfind(' ') + 1);
    if (!note && (b.text.starts_with(name + " ") || b.text.starts_with(std::string(last) + " ")))
        for (int n = 0; n < job_within && !note && !w.empty(); ++n) {
            w = text::next_word_of_lowered(b.lower, at);
            note = job(w);
        }
    if (note)
        p.role[k] = Role::boilerplate;
}

} // namespace archive
