// Lines of lists that are no title (the headline's score, headline_score.cpp, skips them): an item of a bulleted list, an entry of a
// chronology or of a list of dated teasers and the label over that list, a link of a run of links opening with the
// same word.
#include "classify.hpp"
#include "dates.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "press_datelines.hpp"
#include "pipeline.hpp"
#include "sections_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace archive {

namespace {

bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// "1987 Sanierung der Mole", "1998/99 Neue Pläne für den Hafen", "[ 26. Februar 2024 ] Neue Fähre im Hafen": a line
// opening with a year or a date. (A line opening with another byte than a digit or a bracket is settled by it.)
bool opens_with_year_or_date(const Block& b, std::string_view language) {
    std::string_view t = b.text;
    if (b.digits == 0 || t.empty() || !(ascii_digit(t.front()) || t.front() == '[' || t.front() == '('))
        return false;
    if (t.front() == '[' || t.front() == '(')
        t = text::trim(t.substr(1));
    const std::size_t year_digits = 4;
    std::size_t digits = 0;
    while (digits < t.size() && ascii_digit(t[digits]))
        ++digits;
    if (digits == year_digits && (digits == t.size() || !ascii_digit(t[digits])))
        return true;
    return leading_date(t, language).has_value();
}

} // namespace

// "+ Added a lighthouse block" between "+ Added a harbour crane" and "+ Fixed the tides": an item of a list, its
// bullet the one its neighbours open with.
bool list_item(const Page& p, std::size_t i) {
    auto bullet = [&](std::size_t k) { return bullet_mark(p.blocks[k].text); };
    std::string_view mine = bullet(i);
    return !mine.empty() && ((i > 0 && bullet(i - 1) == mine) || (i + 1 < p.blocks.size() && bullet(i + 1) == mine));
}

// "Key points / Lorry overturned near junction 19 at 5am / Two lanes closed for six hours / By ...", "L'essentiel /
// Le pont rouvre lundi. / Les bus remplacent les trains.": the items of a box of key points under its label, two
// short lines or more with no role, alike in their closing stop (all stopped or none), are the article's summary,
// no title. ("En bref / Les brèves du mercredi / Publié le ...": the label over one line, the title, is its kicker;
// "In short / <title> / <standfirst>.": a title and its stopped standfirst are no alike items.) (A label is a short
// line: the lexicon is looked up only for one of five words or fewer.)
bool key_point_item(const Page& p, std::size_t i) {
    const std::size_t most_items = 6, least_items = 2;
    const int most_label_words = 5, most_item_words = 25;
    const auto& blocks = p.blocks;
    std::size_t label = i;
    for (std::size_t k = i; k > 0 && i - k < most_items; --k) {
        const Block& above = blocks[k - 1];
        if (p.role[k - 1] != Role::none && p.role[k - 1] != Role::heading)
            return false;
        if (above.words <= most_label_words && summary_box_label(above)) {
            label = k - 1;
            break;
        }
        if (p.role[k - 1] != Role::none)
            return false;
    }
    if (label == i)
        return false;
    std::size_t items = 0;
    for (std::size_t k = label + 1; k < blocks.size() && p.role[k] == Role::none && items < most_items; ++k, ++items)
        if (blocks[k].words > most_item_words || blocks[k].end_punct != blocks[i].end_punct)
            return false;
    return items >= least_items;
}

// "Ferry fares to rise by a fifth from January as operator blames fuel costs and staff shortages / Season tickets
// will cost up to £400 more a year / The operator says the rise is its first since 2019 / By Jane Roe", "Fähre wird
// ab Januar um ein Fünftel teurer, weil der Betreiber über Treibstoff und Personal klagt / Abos kosten bis zu 400
// Franken mehr im Jahr / Der Betreiber spricht von der ersten Erhöhung seit 2019 / Von Anna Muster": a list of two to
// five summary points printed without bullet marks or a label, right over the byline or the date line and right
// under the title, which is longer than each of them. A point is a sentence's length (six to 25 words), no menu, no
// bar, all of them closed alike by a stop or by none. Returns the title's line (a candidate, or the headline chosen),
// or nothing when line i is no such point.
std::optional<std::size_t> unlabelled_summary_point(const Page& p, std::size_t i) {
    const std::size_t least_points = 2, most_points = 5;
    const int least_words = 6, most_words = 25;
    const auto& blocks = p.blocks;
    auto point = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && b.words >= least_words && b.words <= most_words && b.separators == 0 &&
               b.urls == 0 && !b.boilerplate && b.end_punct == blocks[i].end_punct;
    };
    // ("<teaser> / <teaser> / <teaser> / <the title> / <date>": a list of other articles' titles over the article's
    // own, the longest of them over it, is no summary under a title: the title heads its block, under no line of a
    // title's shape and length, and is no entry of a list of dated teasers, dated_row().)
    auto teaser_shaped = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && b.words >= least_words && !b.end_punct && headline_like(b);
    };
    if (!point(i))
        return std::nullopt;
    std::size_t last = i;
    while (last + 1 < blocks.size() && last + 1 < i + most_points && point(last + 1))
        ++last;
    if (last + 1 >= blocks.size() || !(p.role[last + 1] == Role::byline || p.role[last + 1] == Role::date))
        return std::nullopt;
    int longest = 0;
    for (std::size_t k = last + 1; k > 0 && last + 1 - k < most_points;) {
        --k;
        longest = std::max(longest, blocks[k].words);
        if (k == 0)
            break;
        const Block& title = blocks[k - 1];
        const std::size_t points = last + 1 - k;
        if (k <= i && points >= least_points && (p.role[k - 1] == Role::none || p.role[k - 1] == Role::headline) &&
            title.words > longest && !title.end_punct && headline_like(title) && !(k >= 2 && teaser_shaped(k - 2)) &&
            !dated_row(p, k - 1))
            return k - 1;
        if (!point(k - 1))
            break;
    }
    return std::nullopt;
}

// "El Gobierno aprueba el plan ... / - El plan prevé 400 millones de euros hasta 2030. / - Las comunidades de regantes
// tendrán un año para adaptarse. / MADRID, 6 (EUROPA PRESS)", "<titolo> / • La strada resterà chiusa ... / • Nessun
// ferito, evacuate due case. / ROMA, 6 dicembre (ANSA)": a standfirst of two to four short points, each opened by one
// bullet mark, right under the title and right over an agency's dateline alone on its line (the wire's own layout: no
// byline, no date line between them). Returns the dateline's line, or 0 when the lines from i are no such points.
std::size_t bulleted_standfirst(const Page& p, std::size_t i, std::size_t re) {
    const std::size_t least_points = 2, most_points = 4;
    const int most_words = 30, most_dateline_words = 8;
    const auto& blocks = p.blocks;
    if (i >= blocks.size() || i > re)
        return 0;
    const std::string_view mark = bullet_mark(blocks[i].text);
    if (mark.empty())
        return 0;
    // (Left to the boilerplate as a list's items, or not read yet.)
    auto point = [&](std::size_t k) {
        return (p.role[k] == Role::none || p.role[k] == Role::boilerplate) && blocks[k].words <= most_words &&
               blocks[k].urls == 0 && bullet_mark(blocks[k].text) == mark;
    };
    std::size_t k = i;
    while (k <= re && k < blocks.size() && k < i + most_points + 1 && point(k))
        ++k;
    const std::size_t points = k - i;
    if (points < least_points || points > most_points || k > re || k >= blocks.size())
        return 0;
    // ("MADRID, 6 (EUROPA PRESS)", "PARIS, 6 déc (AFP)": the tag is the whole line, read with the text under it,
    // own_line_dateline().)
    const Block& line = blocks[k];
    if (line.words > most_dateline_words || line.end_punct || k + 1 >= blocks.size())
        return 0;
    const auto tag = own_line_dateline(line.text, blocks[k + 1].text);
    return tag && !tag->place.empty() && !tag->agencies.empty() ? k : 0;
}

// "1957–1959 Erster Bauabschnitt / 1962 Zweiter Bauabschnitt / 1979 Schlechter Zustand", "[ 4. März 2024 ] Hafen
// bekommt neuen Kran / [ 2. März 2024 ] Fähre fällt aus": a line opening with a year or a date between others that
// do (two more within two lines of it) is an entry of a chronology or of a list of dated teasers, no title. (The date
// lines under a title, "12.03.2024 / 13.03.2024 14:05 Uhr", are no entries: a title opening with a year stays one.)
bool dated_row(const Page& p, std::size_t i) {
    const std::size_t reach = 2, least_others = 2;
    if (!opens_with_year_or_date(p.blocks[i], p.language))
        return false;
    std::size_t others = 0;
    for (std::size_t k = i >= reach ? i - reach : 0; k <= i + reach && k < p.blocks.size(); ++k)
        others += k != i && p.role[k] == Role::none && opens_with_year_or_date(p.blocks[k], p.language);
    return others >= least_others;
}

// "Neueste Beiträge / [ 3. Dezember 2026 ] Adventsmarkt im Vereinsheim / [ 2. Dezember 2026 ] Neue Parzellen ...",
// "Recent Posts / December 3, 2026 – Winter kit swap / ...", "Articoli recenti / 3 dicembre 2026 Mostra ...": a short
// line (a label's four words at most, no stop, no date of its own) right over the first entry of a list of dated
// teasers (dated_row()) is the list's label, a sidebar's or a section's, no title. ("Hafen bekommt neuen Kran /
// 12.03.2024 / 13.03.2024 14:05 Uhr": a title over its two date lines heads no list: they are no dated row.
// "Achtsam durch die Krise / 1945 / 1960 / 1980": nor is a title over a timeline's bare years a teaser's label.)
bool dated_list_label(const Page& p, std::size_t i) {
    const int most_words = 4, least_teaser_words = 5;
    const Block& b = p.blocks[i];
    return i + 1 < p.blocks.size() && b.words <= most_words && !b.end_punct &&
           p.blocks[i + 1].words >= least_teaser_words && !opens_with_year_or_date(b, p.language) &&
           dated_row(p, i + 1);
}

// "Weitere 6 Kuchen Rezepte / Weitere 40 Torten Rezepte / Weitere 12 Brot Rezepte", "More in Travel / More in Food /
// More in Style": three short lines in a row opening with the same word (no stopword) are the links of a list, each
// to a page of its own. ("Lighthouse / Lighthouse-Guide: Ten towers to visit / Lighthouse-Keeper returns to the
// tower": the word alone is the label of a topic, over a teaser and the title, and opens no link.)
bool parallel_link(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    const int most_words = 6;
    auto opener = [&](std::size_t k) -> std::string_view {
        const Block& b = blocks[k];
        if (b.lower_words().size() < 2 || b.words > most_words || b.end_punct || b.lower_words().front().size() < 3 ||
            stopword_languages(b.lower_words().front()) != 0)
            return {};
        return b.lower_words().front();
    };
    std::string_view mine = opener(i);
    if (mine.empty())
        return false;
    // (A line printed twice in a row, a title and its copy, counts once.)
    std::size_t first = i, last = i;
    while (first > 0 && opener(first - 1) == mine)
        --first;
    while (last + 1 < blocks.size() && opener(last + 1) == mine)
        ++last;
    std::size_t run = 1;
    for (std::size_t k = first + 1; k <= last; ++k)
        run += blocks[k].text != blocks[k - 1].text;
    return run >= 3;
}

} // namespace archive
