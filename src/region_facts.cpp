// The lists and facts under the article's last paragraph that join its region (trim_region(), region_edges.cpp): a
// numbered list's and a programme's next items, the entries and the table of facts a paragraph announces, records of
// facts (a product's or an event's rows), a box of practical information, a box of facts and the text under it, and a
// box of facts over the region with the sentences over it.
#include "classify.hpp"
#include "page.hpp"
#include "dated_items.hpp"
#include "region_parts.hpp"

#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

namespace archive {

// A line that may stand in a list under the article: its own (not printed elsewhere on the page, no furniture's
// phrase, no label ending the article, no link) and no prompt or notice.
bool list_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && !b.boilerplate && b.repeats == 0 && b.urls == 0 && !p.terminator[k] &&
           b.letters > 0 && !closing_notice(b) && !is_promo_notice(b) && !reader_prompt(b) && !comment_form_notice(b);
}

// "Le pagelle / 1. Kovač 8: trascinatore ... / 2. Zanchi 7,5: ... / 3. Pellegrini 6: ... / 4. Ortolani 5: non trova
// contromisure quando Trento cambia ritmo. / Prossimo turno domenica ...", "Die Ergebnisse / 1. Anna Berg 12,4 s / 2.
// ...": the region closing on two items of a numbered list, the lines under it that go on with its numbers are the
// list's last items, however few of their words jusText counts as text (a rating's terse verdict), and the one or two
// sentences right under them close the article (take_closing_sentences(), a sentence rated text among them). Each item a line of its own, forty words
// at most, the next number after the one over it ('.' or ')' as it has).
std::pair<std::size_t, std::size_t> take_numbered_items(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_words = 40;
    if (re < rs + 1 || !next_in_series(blocks[re].text, blocks[re - 1].text))
        return {rs, re};
    std::size_t end = re;
    while (end + 1 < blocks.size() && blocks[end + 1].words <= most_words && list_line(p, end + 1) &&
           next_in_series(blocks[end + 1].text, blocks[end].text))
        ++end;
    if (end == re)
        return {rs, re};
    return {rs, closing_sentences_end(p, end, true)};
}

bool programme_item(const Block& b) {
    const int least_words = 4, most_words = 40;
    const std::size_t most_head = 48; // bytes: a weekday, a day, a month, a year and an hour
    if (!b.end_punct || b.digits == 0 || b.words > most_words)
        return false;
    const std::string_view t = b.text;
    const std::size_t colon = t.substr(0, most_head).find(": ");
    return colon != std::string_view::npos && text::has_ascii_digit(t.substr(0, colon)) &&
           static_cast<int>(text::split_ws(t.substr(colon + 2)).size()) >= least_words;
}

// "Das Programm / Samstag, 6. Dezember, 14 Uhr: Führung durch die Altstadt. / Samstag, 6. Dezember, 19 Uhr: Konzert
// auf dem Rathausplatz. / Sonntag, 7. Dezember, 11 Uhr: Festumzug zur Kirche.": the region closing on two items of a
// programme (programme_item()), the lines under it of the same shape are its last items, however few of their words
// jusText counts as text, and the one or two sentences right under them close the article.
// "... im Jänner wieder Praxistage an. / Termine der Praxistage / 10. Jänner 2027, 9 Uhr – Bezirksverein Tulln, ... /
// <two items more> / Die Teilnahme ist für Mitglieder kostenlos.": under the region's last paragraph, a short heading
// (closing_section_head(), or a label closed by a colon, "Termine:") over three items or more is the text's last
// section with them, and the one or two sentences under them close it.
std::pair<std::size_t, std::size_t> take_programme_items(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t least_items = 3;
    const int most_label = 4;
    auto item = [&](std::size_t k) { return programme_item(blocks[k]) || dated_dash_item(blocks[k]); };
    if (re + 1 + least_items < blocks.size() && p.raw_quality[re] == Quality::good && blocks[re].end_punct &&
        !programme_item(blocks[re]) && list_line(p, re + 1) &&
        (closing_section_head(p, re + 1) ||
         (blocks[re + 1].words <= most_label && blocks[re + 1].digits == 0 && blocks[re + 1].text.back() == ':'))) {
        std::size_t end = re + 1;
        while (end + 1 < blocks.size() && list_line(p, end + 1) && item(end + 1))
            ++end;
        if (end >= re + 1 + least_items)
            return {rs, closing_sentences_end(p, end, true)};
    }
    if (re < rs + 1 || !item(re) || !item(re - 1))
        return {rs, re};
    std::size_t end = re;
    while (end + 1 < blocks.size() && list_line(p, end + 1) && item(end + 1))
        ++end;
    // (The region closing on the items of a list of dates, the sentences under them close the text.)
    if (end == re && !dated_dash_item(blocks[re]))
        return {rs, re};
    return {rs, closing_sentences_end(p, end, true)};
}

namespace {

// "The new ferry:", "Technische Daten:", "Au programme :": a lead of a few words closed by a colon.
bool list_lead(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int most_words = 8;
    return b.words >= 1 && b.words <= most_words && b.text.back() == ':' && list_line(p, k);
}

// "A wider gangway for bicycles", "Beheizte Sitze": an entry of two to twelve words, no line of text. ("Gallery",
// "Fotos": a word alone is a label; "HafenFähre fährt wieder": a teaser's kicker glued to its title.)
bool list_entry(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int least_words = 2, most_words = 12;
    return b.words >= least_words && b.words <= most_words && b.text.back() != ':' &&
           p.raw_quality[k] != Quality::good && list_line(p, k) && !glued_elements(b.text);
}

// "Passengers: 320", "Effektiver Jahreszins: 3,9 Prozent", "Diesel 32,2 Mio. t 32,3 Mio. t": a row of a table of
// facts.
bool fact_row(const Page& p, std::size_t k) {
    return table_row(p.blocks[k]) && list_line(p, k);
}

} // namespace

std::size_t announced_list_end(const Page& p, std::size_t last) {
    const std::size_t n = p.blocks.size(), least_rows = 2, most_rows = 20;
    std::size_t at = last + 1, end = last + 1;
    // "Three things changed: / A wider gangway / Heated seats / Tickets sold on board": the short entries that the
    // paragraph's colon announces, two to ten; a single line under it is a label ("Photo gallery"), a longer run a
    // menu or a list of titles.
    // ("You May Also Want To See These:", every word capitalised, is a title over other articles' titles.)
    // "Was uns nicht gefällt: / Der kleine Tank / Testzeugnis: / Verbrauch: 1 / Komfort: 2": a review's verdict, a
    // lead over an entry or three, then a table of facts under its own lead: the entries are the table's company.
    // ("Zum Thema: / Umfrage in Deutschland: Gendersprache stößt auf Ablehnung": titles of other articles with a colon
    // are no table of facts: its rows are a label and a short value.) The line after the second lead, or `from`.
    const std::size_t most_verdicts = 3;
    const int most_verdict_words = 5;
    auto past_verdict = [&](std::size_t from) {
        std::size_t e = from;
        while (e < n && e - from < most_verdicts && list_entry(p, e) && !fact_row(p, e))
            ++e;
        std::size_t r = e + 1;
        while (r < n && r - e - 1 < least_rows && fact_row(p, r) && p.blocks[r].words <= most_verdict_words)
            ++r;
        return e > from && e < n && list_lead(p, e) && r - e - 1 == least_rows ? e + 1 : from;
    };
    const Block& over = p.blocks[last];
    const bool title_case = over.words >= 3 && over.upper_initial + 1 >= over.words;
    if (over.text.back() == ':' && !title_case) {
        const std::size_t least_entries = 2, most_entries = 10;
        std::size_t j = at;
        while (j < n && j - at <= most_entries && list_entry(p, j))
            ++j;
        if (j - at >= least_entries && j - at <= most_entries)
            end = at = j;
        else if (last > 0 && p.raw_quality[last - 1] == Quality::good)
            at = past_verdict(at); // (the verdict's first lead closes the region)
    }
    // Then the rows of a table of facts, right under the text or under a lead of their own, block after block.
    // "... Friuli: Carnia, Prealpi / Cosa fare: / Evitare di sostare nei sottopassi / Non attraversare corsi d'acqua /
    // Le precipitazioni potranno superare ...", "Qué hacer: / Evitar los pasos subterráneos / No cruzar los cauces /
    // <paragraph>": a further lead over two to ten short entries (list_entry(), a call's imperative phrases), the
    // text going on right under the last of them (text_going_on()), is the article's list too. (A related box's
    // label, "Leggi anche:", is no list_line(), so no lead.)
    auto entries_over_text = [&](std::size_t lead) {
        const std::size_t least_entries = 2, most_entries = 10;
        std::size_t j = lead + 1;
        while (j < n && j - lead - 1 <= most_entries && list_entry(p, j))
            ++j;
        const std::size_t entries = j - lead - 1;
        return entries >= least_entries && entries <= most_entries && j < n && text_going_on(p, j) ? j : lead;
    };
    for (;;) {
        if (at < n && list_lead(p, at)) {
            if (const std::size_t j = entries_over_text(at); j > at) {
                end = at = j;
                continue;
            }
            at = past_verdict(at + 1);
        }
        std::size_t j = at;
        while (j < n && j - at < most_rows && fact_row(p, j))
            ++j;
        // A lead over a single row, or over more rows than a table of facts holds, ends it.
        if (j - at < least_rows || (j < n && fact_row(p, j)))
            break;
        end = at = j;
    }
    return end;
}

namespace {

// "Alkoholgehalt: 10 % vol.", "Venue: The old pier", "Lieu : salle des fêtes": a row of facts that is a label of four
// words at most, a colon and its value (table_row()); the label lower-cased, empty for another line. `long_value`:
// the value may run to a paragraph ("Beschreibung: Töte den Wächter und sammle 200 Kristalle aus der Höhle im
// Norden. ..."), eighty words in all.
std::string_view record_label(const Page& p, std::size_t k, bool long_value) {
    const int most_label_words = 4, most_words = 80;
    const std::size_t most_label_bytes = 40;
    // (An event's rows are printed again for each of its dates: "Ort: Alte Schmiede, Husum" may repeat.)
    const Block& b = p.blocks[k];
    const bool shape = long_value ? b.words >= 2 && b.words <= most_words && !b.boilerplate &&
                                        text::starts_upper(b.text) && b.text.find(": ") <= most_label_bytes
                                  : table_row(b);
    // ("M.K.: Co to konkretnie oznacza?": an interview's question is no fact.)
    if (!shape || b.text.back() == '?' || p.role[k] != Role::none || b.urls > 0 || p.terminator[k] ||
        closing_notice(b) || is_promo_notice(b) || reader_prompt(b) || comment_form_notice(b))
        return {};
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(": ");
    if (colon == std::string_view::npos || colon == 0)
        return {};
    const std::string_view label = text::trim(low.substr(0, colon));
    const auto label_words = text::split_ws(label);
    const bool short_label = !label.empty() && static_cast<int>(label_words.size()) <= most_label_words;
    // ("Gepubliceerd: 5 december 2026, 14:32 / Bijgewerkt: ... / <caption> / Foto: ANP / Kees Boer",
    // "Veröffentlicht: ... / Aktualisiert: ... / Foto: dpa": the page's own dates, under their labels, and a
    // picture's credit are no facts of an event or a product.)
    if (!short_label || opens_with_date_label(label_words) || is_credit_line(b))
        return {};
    return label;
}

// "Tel.", "E-Mail", "Öffnungszeiten", "Versand", "Cookie": a label of the page's footer or shop (lexicon section
// footer_label_words: contact, legal, shipping and cookie words, a post's filing), no fact of the article.
bool footer_label(std::string_view label) {
    static const LexiconSection& words = any_language_section("footer_label_words"); // (merged once)
    for (std::string_view w : text::split_ws(label)) {
        while (!w.empty() && (w.back() == '.' || w.back() == ':'))
            w.remove_suffix(1);
        if (words.has(w))
            return true;
    }
    return false;
}

} // namespace

bool record_row(const Page& p, std::size_t k, bool long_value) {
    return !record_label(p, k, long_value).empty();
}

FactRecords fact_records(const Page& p, std::size_t first, std::size_t to) {
    const auto& blocks = p.blocks;
    const std::size_t most_gap = 3;
    const int most_words = 30;
    // (A line between two rows: no furniture's phrase, notice or prompt, thirty words at most or a row whose value runs
    // longer; it may be printed again with the next record, as its rows are: "Anmeldung: per E-Mail an info@...",
    // "Rum-Tour mit Schunkel".)
    auto between = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && !b.boilerplate && !p.terminator[k] && b.letters > 0 &&
               (b.words <= most_words || record_row(p, k, true)) && !closing_notice(b) && !is_promo_notice(b) &&
               !reader_prompt(b) && !comment_form_notice(b) && !author_bio(b);
    };
    // (A line of no word, a lone mark or a space the page printed between two records, is no gap.)
    auto mark_only = [&](std::size_t k) {
        const Block& b = blocks[k];
        return b.words == 0 && b.letters == 0 && b.digits == 0 && !p.terminator[k];
    };
    FactRecords r{first, first, 0, 0, 0};
    std::size_t gap = 0, group = 0;
    bool gap_sentence = false;
    // "Nachgefragt: Portemonnaie organisieren / Top 5: Apps für mehr Organisation / Nachgefragt: Ordnung im Keller",
    // "Schlägertest 2020: 16 Rackets / Schlägertest 2020: 17 Rackets": titles of articles under their kickers repeat
    // one label or two, often on rows one after the other; a record names three things at least, each once in a
    // row. (Its labels, eight distinct ones at most, are all that is kept of them.)
    std::string_view labels[8];
    std::size_t distinct = 0;
    bool twice_in_a_row = false;
    std::string_view before;
    for (std::size_t j = first; j < std::min(to, blocks.size()); ++j) {
        const std::string_view label = record_label(p, j, false);
        if (label.empty()) {
            if (mark_only(j))
                continue;
            if (!between(j) || ++gap > most_gap)
                break;
            gap_sentence = gap_sentence || blocks[j].end_punct;
            continue;
        }
        // ("Spielstatistik / Ballbesitz: 38 % - 62 % / Ecken: 2 - 8 / Mehr aus dem Sport / Eishockey: Die Adler
        // siegen": a row alone under a label, closing the run, is a title under its kicker; it ends no record. Under a
        // sentence, "Es werden sechs Whiskys verkostet. / Eintritt: 58 Euro", it is the record's last row.)
        group = gap > 0 || j == first ? 1 : group + 1;
        const bool under_label = gap > 0 && !gap_sentence;
        gap = 0;
        gap_sentence = false;
        ++r.rows;
        twice_in_a_row = twice_in_a_row || label == before;
        before = label;
        if (footer_label(label)) {
            ++r.footer;
            continue;
        }
        if (group == 1 && under_label && j + 1 < std::min(to, blocks.size()) && record_label(p, j + 1, false).empty())
            continue;
        r.last = j;
        r.facts = r.rows - r.footer;
        if (distinct < std::size(labels) && std::find(labels, labels + distinct, label) == labels + distinct)
            labels[distinct++] = label;
    }
    // (Three rows of facts at least, of three labels, the footer's rows fewer than half of all.)
    const std::size_t least_rows = 3, least_labels = 3;
    if (r.rows - r.footer < least_rows || r.footer * 2 >= r.rows || distinct < least_labels || twice_in_a_row)
        r.facts = 0;
    return r;
}

namespace {

// The first row of the run of rows of facts that row k stands in: up from k, row after row, three lines at most
// between two (as fact_records() allows), no higher than `rs`.
std::size_t first_record_row(const Page& p, std::size_t k, std::size_t rs) {
    const std::size_t most_gap = 3;
    std::size_t first = k;
    for (std::size_t j = k; j-- > rs && first - j <= most_gap + 1;)
        if (record_row(p, j))
            first = j;
    return first;
}

} // namespace

bool fact_record_line(const Page& p, std::size_t k, std::size_t rs, std::size_t re) {
    if (k < rs || k > re || !record_row(p, k))
        return false;
    const FactRecords r = fact_records(p, first_record_row(p, k, rs), re + 1);
    return r.facts > 0 && k <= r.last;
}

// "... passt er zu leichten Vorspeisen. / Weitere Weine / Details / Alkoholgehalt: 10 % vol. / Region: Napa Valley /
// ... / Details zum Artikel / Rebsorte: Zinfandel / ...", "... more dates will follow. / March / Date: 6 March, 7 pm
// / Venue: The old pier / Theme: Whiskies of Islay / Tasting six whiskies from the island. / Entry: 58 euros / Date:
// 27 March, 7 pm / Venue: ...": the records of facts under the article's last paragraph (a product's rows, an
// event's rows printed again for each date) are its text, however many (fact_records()): over the first row, four
// short labels at most (a tab's or a box's title, no sentence); the rows join the region up to the last of them.
std::pair<std::size_t, std::size_t> take_fact_records(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_labels = 4;
    const int most_label_words = 5;
    if (re + 1 >= n || blocks[re].boilerplate)
        return {rs, re};
    // ("... / Name: Die Glocke im Nebel / Stufe: 15 / <region's end> / Beschreibung: Sammle 20 Muscheln, 15 Krebse,
    // ... / Lohn: 500 Taler / ...": the region closing on rows that a rule took in, the run goes on from them.)
    std::size_t first = n;
    if (record_row(p, re)) {
        first = first_record_row(p, re, rs);
    } else if (p.raw_quality[re] == Quality::good) {
        std::size_t k = re + 1;
        while (k < n && k - re <= most_labels && p.role[k] == Role::none && !blocks[k].boilerplate &&
               blocks[k].repeats == 0 && !p.terminator[k] && !record_row(p, k) &&
               blocks[k].words <= most_label_words && !blocks[k].end_punct)
            ++k;
        if (k < n && record_row(p, k))
            first = k;
    }
    if (first >= n)
        return {rs, re};
    const FactRecords r = fact_records(p, first, n);
    return {rs, r.facts > 0 ? std::max(re, r.last) : re};
}

// "... on the landing stage. / Three things changed: / A wider gangway / Heated seats", "... from the region. / The
// new ferry: / Length: 48 metres / Passengers: 320": under the article's last paragraph, the short entries its colon
// announces and the rows of a table of facts are the article's, however short; only their shape kept them out.
// "Infos pratiques / Jusqu'au 28 avril, du mardi au samedi à 21 heures. / Théâtre des Quais, 2 rue du Port, Lyon. /
// Tarifs : de 15 à 38 euros. Réservations au 04 72 10 20 30.", "Praktische Infos / Bis 28. April, Di-So 10-18 Uhr /
// Eintritt: 12 Euro, ermäßigt 8 Euro": a box of practical information closing a review or a guide (the dates, the
// place, the prices, a phone number), its title (lexicon section practical_box_titles) alone on its line, then its
// lines printed together (the first may be set apart from the title), one to eight, forty words at most each, none
// printed elsewhere on the page, no furniture's phrase, notice or prompt. One past its last line; `title` when no such
// box opens there.
std::size_t practical_box_end(const Page& p, std::size_t title) {
    static const LexiconSection& titles = any_language_section("practical_box_titles"); // (merged once)
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_lines = 8;
    const int most_title_words = 4, most_words = 40;
    if (title >= n || blocks[title].words == 0 || blocks[title].words > most_title_words || blocks[title].repeats > 0)
        return title;
    std::string_view low = blocks[title].lower;
    if (low.ends_with(':'))
        low = text::trim(low.substr(0, low.size() - 1));
    if (!titles.has(low))
        return title;
    auto box_line = [&](std::size_t k) {
        const Block& b = blocks[k];
        return (p.role[k] == Role::none || p.role[k] == Role::paragraph) && b.words > 0 && b.words <= most_words &&
               !b.boilerplate && b.repeats == 0 && !p.terminator[k] && !closing_notice(b) && !is_promo_notice(b) &&
               !reader_prompt(b) && !comment_form_notice(b) && !author_bio(b);
    };
    std::size_t end = title + 1;
    while (end < n && end - title <= most_lines && box_line(end) && (end == title + 1 || !blocks[end].blank_before))
        ++end;
    return end;
}

// "... laisse la salle dans un silence rare. / Infos pratiques / <its lines>": a box of practical information
// (practical_box_end()) among the region's last lines or right under it belongs to the article however few of its
// words jusText counts as text: its lines join the region.
std::pair<std::size_t, std::size_t> take_practical_box(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size(), most_back = 4;
    for (std::size_t at = std::min(re + 1, n - 1); at > rs && re - std::min(at, re) <= most_back; --at)
        if (const std::size_t end = practical_box_end(p, at); end > at + 1)
            return {rs, std::max(re, end - 1)};
    return {rs, re};
}

// "... Die Tabelle nach dem 12. Spieltag: / 1. FC Adler 12 9 2 1 28:10 29 / 2. TSV Bergheim 12 7 3 2 22:13 24 / Am
// kommenden Wochenende reist der Spitzenreiter nach Bergheim ...": the article's text goes on under the list or the
// table: the paragraphs of prose right under its last line (text_going_on()) join the region too.
std::pair<std::size_t, std::size_t> take_announced_list(const Page& p, std::size_t rs, std::size_t re) {
    // (The paragraph, or the short sentence closing it that announces the list: "Three things changed:".)
    const Block& last = p.blocks[re];
    if ((p.raw_quality[re] != Quality::good && last.text.back() != ':') || last.boilerplate)
        return {rs, re};
    std::size_t end = announced_list_end(p, re) - 1;
    if (end > re)
        while (end + 1 < p.blocks.size() && text_going_on(p, end + 1))
            ++end;
    return {rs, end};
}

// "... morgen nog de tram nemen. / Wat is de Kennedytunnel? / Geopend in 1969 / Drie kokers: twee voor auto's, één voor
// trein / Elke dag rijden er zo'n 130.000 voertuigen door / Renovatie gepland vanaf 2028", "Key facts / Opened in 1969 /
// Length: 512 metres / ...": a box of facts closing the article, its title (a question or a label of eight words at
// most, no sentence, no figure, no colon) over three to eight short items (ten words at most, no sentence's stop, none rated text), half
// of them with a figure at least, then a line that is no such item. One past its last item; `title` when the lines
// are no such box. ("Votations du 14 juin / Tous les résultats, commune par commune / Loi sur l'énergie: le oui
// l'emporte": the titles of other articles under a label hold no figures.)
std::size_t fact_label_end(std::string_view line) {
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0 ||
        std::any_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                    [](char c) { return text::is_digit(static_cast<unsigned char>(c)); }))
        return std::string_view::npos;
    return colon;
}

namespace {

// "1921 Fußballabteilung", "1974 Hall opened": a year of four figures, a space, then a letter.
bool year_led(std::string_view line) {
    const std::size_t digits = 4;
    if (line.size() < digits + 2 || line[digits] != ' ')
        return false;
    for (std::size_t i = 0; i < digits; ++i)
        if (!text::is_digit(static_cast<unsigned char>(line[i])))
            return false;
    std::size_t at = digits + 1;
    return text::is_letter(text::next_cp(line, at));
}

} // namespace

std::size_t fact_box_end(const Page& p, std::size_t title, std::size_t* figures) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), least_items = 3, most_items = 8;
    const int most_title_words = 8, most_item_words = 10;
    if (title >= n || !list_line(p, title))
        return title;
    const Block& t = blocks[title];
    // ("Combe-Noire: 72,4% de oui", "Perú, Ecuador y México: 11:30 horas": a row with a figure or a colon is the
    // box's first item, no title.)
    // ("Kontakt / Tel.: 030 123 45 / Fax: 030 123 46 / E-Mail: info@...", "Contact / Phone: ...": the page's footer,
    // its title or half its rows' labels a word of footer_label_words, holds no facts of the article; "Durée prévue:
    // 24 heures" alone among the facts of a strike is one of them.)
    auto footer_row = [](const Block& b) {
        const std::string_view low = b.lower;
        const std::size_t colon = low.find(':');
        return footer_label(colon == std::string_view::npos ? low : low.substr(0, colon));
    };
    if (t.words < 1 || t.words > most_title_words || (t.end_punct && t.text.back() != '?') || t.digits > 0 ||
        t.text.find(':') != std::string::npos || t.repeats > 0 || footer_row(t))
        return title;
    // ("Le pagelle / Valmarina 30 / Porto Alto 28": a table of names and points, a widget of the page, is no box of
    // facts; an item is a phrase, a word in small letters in it, or a label and its value.)
    // ("Zeittafel / 1908 Gründung des Vereins / 1921 Fußballabteilung", "Timeline / 1908 Club founded / 1921
    // Football": a chronology's entry, a year and what happened in it, is a phrase too.)
    auto phrase = [](std::string_view line) {
        if (year_led(line))
            return true;
        for (std::size_t at = 0; at < line.size();) {
            const std::size_t start = at;
            if (text::is_lower(text::next_cp(line, at)) && (start == 0 || line[start - 1] == ' '))
                return true;
        }
        return line.find(": ") != std::string_view::npos;
    };
    // (The items glued to the title and to one another; on a page setting every line apart, a title set apart from
    // its first item has its items each set apart: "Zahlen zur Ambulanz / (blank) / Eröffnet: 2019 / (blank) / ...".)
    // ("Prices / (blank) / A seat costs from £45 / A shared cabin from £90 / ...": a title set apart over items glued
    // to one another, as a page setting its paragraphs apart prints a list; a blank line then ends the box.)
    const bool spaced = t.blank_after;
    const bool spaced_items = spaced && !(title + 2 < n && !blocks[title + 2].blank_before);
    auto item = [&](std::size_t k) {
        const Block& b = blocks[k];
        const char last = b.text.back();
        return list_line(p, k) && b.words <= most_item_words && last != '.' && last != '!' && last != '?' &&
               last != ':' && p.raw_quality[k] != Quality::good &&
               b.blank_before == (k == title + 1 ? spaced : spaced_items) && phrase(b.text);
    };
    // ("Öffnungszeiten: täglich", "Open: zeven dagen per week", "Horario: todos los días": a fact named by its label
    // before a colon, a word or two, though the value holds no figure.)
    auto labelled = [](const Block& b) {
        const int most_label_words = 2;
        const std::size_t colon = fact_label_end(b.text);
        return colon != std::string::npos &&
               std::count(b.text.begin(), b.text.begin() + static_cast<std::ptrdiff_t>(colon), ' ') < most_label_words;
    };
    std::size_t end = title + 1, facts = 0, named = 0, footer = 0;
    while (end < n && end - title - 1 <= most_items && item(end)) {
        const Block& b = blocks[end];
        // "En chiffres / 40 bus de 12 mètres / 350 km d'autonomie / 38 millions d'euros / À propos de l'OTW /
        // <paragraph>", "Key figures / ... / About the company / <paragraph>": a line of another shape than the
        // items' (no figure, no label before a colon), shaped as a heading right over a paragraph of prose
        // (text_going_on()), heads that paragraph and ends the box.
        if (b.digits == 0 && !labelled(b) && end + 1 < n && heading_like(b) && text_going_on(p, end + 1))
            break;
        facts += b.digits > 0;
        named += b.digits > 0 || labelled(b);
        footer += footer_row(b);
        ++end;
    }
    const std::size_t items = end - title - 1;
    if (figures != nullptr)
        *figures = named;
    return items >= least_items && items <= most_items && facts * 2 >= items && footer * 2 < items ? end : title;
}

// The box of facts (fact_box_end()) right under the article's last paragraph, its title and items, joins the region;
// so do the paragraphs of prose right under the box (text_going_on()): "... Un train sur deux est supprimé. / Les
// faits / Début de la grève: jeudi 5 heures / Lignes touchées: 2 / Durée prévue: 24 heures / Le syndicat affirme
// ...", "... Die Gespräche gehen am Montag weiter. / Das Wichtigste in Kürze / ... / <paragraph>": the article goes on
// under its box. The region may end on a short sentence closing its paragraphs (take_closing_sentences()).
std::pair<std::size_t, std::size_t> take_fact_box(const Page& p, std::size_t rs, std::size_t re) {
    const Block& last = p.blocks[re];
    const bool closing = p.raw_quality[re] == Quality::good ||
                         (re > rs && (short_sentence(last, p.language) || terse_sentence(last, p.language)));
    if (!closing || !last.end_punct || last.boilerplate)
        return {rs, re};
    // ("... en fin d'après-midi. (ats)": the agency's tag closes the article, and the region, where it stands.)
    if (const std::size_t open = last.text.rfind('(');
        last.text.back() == ')' && open != std::string::npos && agency_tag(std::string_view(last.text).substr(open)))
        return {rs, re};
    std::size_t end = fact_box_end(p, re + 1);
    if (end == re + 1)
        return {rs, re};
    // ("... / 38 millions d'euros d'investissement / À propos de l'OTW / <paragraph>": the heading that ended the box
    // heads the text going on under it.)
    if (end + 1 < p.blocks.size() && heading_like(p.blocks[end]) && !text_going_on(p, end) && text_going_on(p, end + 1))
        ++end;
    while (end < p.blocks.size() && text_going_on(p, end))
        ++end;
    return {rs, end - 1};
}

// "... ist nun als Buch erschienen. / Leandra-Lou / Gebundene Ausgabe: 80 Seiten / Kunstanstifter Verlag / Sprache:
// Deutsch / ISBN-10: 3942795116 / <region>", "... opens on Friday. / Harbour Days / Where: The old pier / When: May 3
// to 5 / <region>": the facts of the book, the product or the event that an article presents, printed between its
// first paragraphs and the rest, cut those paragraphs off the region (each row weighs against it). Over the region, a
// box of a dozen lines at most, half of them rows of facts (two at least) and none of them text, then two sentences
// at least right over the box: the box and the sentences over it join the region.
std::size_t text_over_facts(const Page& p, std::size_t rs) {
    const auto& blocks = p.blocks;
    const std::size_t most_lines = 12, least_rows = 2, least_text = 2;
    const int most_words = 20; // the title of a book and its authors, over its rows
    auto box_line = [&](std::size_t k) {
        return p.raw_quality[k] != Quality::good && blocks[k].words <= most_words && list_line(p, k);
    };
    std::size_t k = rs, rows = 0;
    while (k > 0 && rs - k < most_lines && box_line(k - 1))
        rows += fact_row(p, --k);
    if (rows < least_rows || rows * 2 < rs - k)
        return rs;
    // A sentence of five words at least ("Then read his memoirs!"): rated text, or of a sentence's shape; one of them
    // rated good.
    const int least_words = 5;
    auto prose = [&](std::size_t j) {
        const Block& b = blocks[j];
        return b.words >= least_words && b.end_punct && (textual(p.raw_quality[j]) || sentence_shape(b)) &&
               !b.boilerplate && b.repeats == 0 && !p.terminator[j];
    };
    std::size_t start = k;
    bool good = false;
    for (; start > 0 && prose(start - 1); --start)
        good = good || p.raw_quality[start - 1] == Quality::good;
    return k - start >= least_text && good ? start : rs;
}

} // namespace archive
