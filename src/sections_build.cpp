// The section loop of the classify stage (build_sections()): the lines of the article's region without a role yet
// become its sections. Each line is read by the rules below in the loop's order: the lines the body leaves out (a
// closing agency tag, a contents entry, a box of other articles' titles, the page's navigation) first, then whether
// the line heads the text below it or is a paragraph. The loop's helpers and the folds of the sections it builds are
// in sections.cpp; the rules that tell whether a line heads the text below it (past teasers, graphics, items of lists,
// captions and pictures) in sections_headings.cpp, with the loop's state in sections_parts.hpp.
#include "sections_parts.hpp"

#include "bylines.hpp"
#include "classify.hpp"
#include "closing_arrows.hpp"
#include "cut_sentences.hpp"
#include "figure_tables.hpp"
#include "item_numbers.hpp"
#include "letters.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "lexicon.hpp"
#include "notices_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>

namespace archive {

namespace {

// A label line lower-cased without its final colon, to be looked up in a list of labels. (A block's text is
// collapsed already and its `lower` is text::lower() of it: the label is a piece of that, not made again.)
std::string_view label_of(const Block& b) {
    std::string_view low = b.lower;
    while (!low.empty() && (low.back() == ':' || low.back() == ' '))
        low.remove_suffix(1);
    return low;
}

// "Related", "Lesen Sie auch:", "À lire": a label known as boilerplate, alone on its line (no title after it).
// "Publicidad", "Anzeige": the slot of an advertisement between two paragraphs announces no link (lexicon section
// ad_labels); the line under it is the article's own.
bool label_alone(const Block& b) {
    // (the sections found once by their names, not again for each line asked)
    static const LexiconSection& boilerplate = any_language_section("boilerplate");
    static const LexiconSection& ad_labels = any_language_section("ad_labels");
    const std::string_view low = label_of(b);
    return !low.empty() && boilerplate.has(low) && !ad_labels.has(low);
}

// "Veredicto: Falso", "Bewertung: Falsch", "Verdict : FAUX", "Notre verdict : trompeur": a fact-check's verdict, a
// label (lexicon section verdict_labels), a colon and a value (verdict_values), is the article's finding, a paragraph
// of its text wherever it stands: over a paragraph it heads nothing, over a heading it is no box's label. ("Rating:
// 4/5" is a review's score, rating_line(); "Fazit" alone, no value after it, may head the closing paragraph.)
bool verdict_line(const Block& b) {
    const int most_words = 6; // (the counts first: most lines are settled without a look-up)
    if (b.words < 2 || b.words > most_words || b.digits > 0 || b.urls > 0)
        return false;
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(':');
    if (colon == std::string_view::npos)
        return false;
    static const LexiconSection& labels = any_language_section("verdict_labels"); // (merged once)
    static const LexiconSection& values = any_language_section("verdict_values");
    std::string_view value = text::trim(low.substr(colon + 1));
    while (!value.empty() && (value.back() == '.' || value.back() == '!'))
        value.remove_suffix(1);
    return labels.has(text::trim(low.substr(0, colon))) && values.has(value);
}

// "Other people are reading", "Andere Leser lesen gerade": see reading_labels.
bool reading_label(const Block& b) {
    static const LexiconSection& reading_labels = any_language_section("reading_labels"); // (found once)
    return b.words <= 6 && reading_labels.has(label_of(b));
}

// The position of the '(' opening the parenthesis that closes `line`; npos when no ')' closes it or the parenthesis
// opens the line.
std::size_t closing_parenthesis(std::string_view line) {
    if (line.empty() || line.back() != ')')
        return std::string_view::npos;
    const std::size_t open = line.rfind('(');
    return open == 0 ? std::string_view::npos : open;
}

// "Boats in the bay at dawn. (Foto Harbour Times: Jane Roe)", "The flooded pier (Photo Services)": a caption closed by
// its credit in parentheses, opened by a credit's label (lexicon section glued_credit_labels) and a name.
bool closed_by_credit(std::string_view line) {
    const std::size_t open = closing_parenthesis(line);
    if (open == std::string_view::npos)
        return false;
    const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
    std::size_t at = 0;
    std::string_view label = text::next_token(inner, at);
    while (!label.empty() && label.back() == ':')
        label.remove_suffix(1);
    if (label.empty() || text::next_token(inner, at).empty())
        return false;
    static const auto& labels = common_lexicon().list("glued_credit_labels");
    const std::string low = text::lower(label);
    return std::find(labels.begin(), labels.end(), low) != labels.end();
}

bool listed_heading(const SectionLoop& s, std::size_t k) {
    return s.toc.listed_heading(s.blocks, k);
}

// "L" / "a route s'arrête bien avant la cabane.", "D" / "as Publikum sitzt auf Koffern.": a magazine's drop cap copied
// as a line of its own over the rest of its word: one capital letter alone (no role yet, or the boilerplate's) right
// over a paragraph opening in small letters. Returns the letter, or nothing.
std::string_view drop_cap_over(const SectionLoop& s, std::size_t k) {
    if (k == 0 || (s.p.role[k - 1] != Role::none && s.p.role[k - 1] != Role::boilerplate))
        return {};
    const std::string& cap = s.blocks[k - 1].text;
    std::size_t i = 0;
    if (cap.empty() || !text::is_upper(text::next_cp(cap, i)) || i != cap.size())
        return {};
    const std::string& rest = s.blocks[k].text;
    std::size_t j = 0;
    return !rest.empty() && text::is_lower(text::next_cp(rest, j)) ? std::string_view(cap) : std::string_view();
}

// A line of the text: a paragraph of the section being filled.
void add_paragraph(SectionLoop& s, std::size_t k) {
    s.p.role[k] = Role::paragraph;
    s.have_paragraph = true;
    // (The drop cap's line is held by the paragraph it opens.)
    if (const std::string_view cap = drop_cap_over(s, k); !cap.empty()) {
        s.p.role[k - 1] = Role::paragraph;
        s.section.paragraphs.push_back(std::string(cap) + s.blocks[k].text);
        return;
    }
    if (s.owned == nullptr) {
        s.section.paragraphs.push_back(s.blocks[k].text);
        return;
    }
    // (A section with a paragraph is always stored, next in a.sections.)
    s.spent_paragraphs.push_back({s.p.article.sections.size(), s.section.paragraphs.size(), k});
    s.section.paragraphs.emplace_back();
}

// "<date line> / Jane Roe, chair of the growers' union / Q. How was the year? / A. ...": a heading with no
// paragraph under it, only the next heading, and cut by a comma (a portrait's caption with no credit: a name and
// what she is) is no section: its line goes back to the lines the body leaves out. (The first such in the body; a
// heading over the headings of its parts stays: it holds no comma.)
void drop_caption_heading(SectionLoop& s) {
    auto& sections = s.p.article.sections;
    for (std::size_t i = 0; i + 1 < sections.size(); ++i) {
        if (!sections[i].heading || !sections[i].paragraphs.empty() || !sections[i + 1].heading)
            continue;
        const std::string& heading = *sections[i].heading;
        const std::size_t comma = heading.find(", ");
        if (comma == std::string::npos || comma == 0)
            continue;
        for (std::size_t k = s.rs; k <= s.re && k < s.blocks.size(); ++k)
            if (s.p.role[k] == Role::heading && s.blocks[k].text == heading) {
                if (s.blocks[k].end_punct)
                    break;
                s.p.role[k] = Role::boilerplate;
                sections.erase(sections.begin() + static_cast<std::ptrdiff_t>(i));
                return;
            }
    }
}

// The section being filled is stored (when it has a heading or a paragraph), with whether its heading is glued.
void store_section(SectionLoop& s) {
    if (s.have_paragraph || s.section.heading) {
        s.p.article.sections.push_back(std::move(s.section));
        s.glued_headings.push_back(s.glued_heading);
    }
}

// A heading (the line `b` opens it): it closes the section being filled and opens the next.
void start_section(SectionLoop& s, const std::string& heading, const Block& b) {
    store_section(s);
    s.section = Section{};
    s.section.heading = heading;
    s.glued_heading = !b.blank_before;
    s.have_paragraph = false;
}

// The most words of a sentence of a box of key points (summary_box_label()): its lines are short.
constexpr int most_summary_item_words = 20;

// "L'essentiel / La piscine fermera en septembre. / Le coût est de 12 millions. / <blank> / La Ville a annoncé ...",
// "In Kürze / ... / <blank> / Die Regierung hat nun ...": a box of key points ends at the first line set apart under
// its glued sentences, or at a line longer than its sentences (on a page without blank lines); the text under it goes
// on in a section of no heading, as the text over the box did.
void end_summary_box(SectionLoop& s, const Line& line) {
    if (!s.summary_box || !s.have_paragraph || (!line.b.blank_before && line.b.words <= most_summary_item_words))
        return;
    store_section(s);
    s.section = Section{};
    s.glued_heading = false;
    s.have_paragraph = false;
    s.summary_box = false;
}

// "Publié le 7 décembre 2026 / Le scrutin en chiffres / Inscrits : 12 400 électeurs / Participation : 41,3 % / La
// liste conduite par ...", "... / Die Fähre in Zahlen / Länge: 48 Meter / ... / Die neue Fähre ...": a box of facts
// (fact_box_end()) ends under its last item; the text under it is none of the box's and goes on in a section of no
// heading, as it does under a box of key points. ("Das Wichtigste in Kürze / Beginn: Donnerstag, 5 Uhr / ... / Die
// Busse verkehren normal. / <text>": when lines under the items went on in the box already, as a box of key points'
// sentences, the box's section is left as it is.)
void end_fact_box(SectionLoop& s, const Line& line) {
    if (!s.fact_box || !s.have_paragraph || line.k < s.box_end)
        return;
    s.fact_box = false;
    for (std::size_t j = s.box_end; j < line.k; ++j)
        if (s.p.role[j] == Role::paragraph)
            return;
    store_section(s);
    s.section = Section{};
    s.glued_heading = false;
    s.have_paragraph = false;
}

// "Key points / The cable car stops on December 1. / Prices stay the same. / The works cost eight million pounds.":
// a short sentence glued under the box's label or its lines is one of the box's lines, though a rule reading it alone
// takes it for a notice (a price, opening hours) and gives it to the boilerplate. ("... / Leasingnehmer zahlen unter
// Umständen nach. / Was ist Leasing? / <blank> / <text>": a question under the box's lines is the next part's title,
// none of the box's points, which tell.)
bool summary_box_item(const SectionLoop& s, std::size_t k) {
    const int least_words = 3;
    const Block& b = s.blocks[k];
    const Role role = s.p.role[k];
    return s.summary_box && (role == Role::none || role == Role::boilerplate) && !b.blank_before && b.end_punct &&
           b.text.back() != '?' && b.words >= least_words && b.words <= most_summary_item_words && b.urls == 0 &&
           k > s.rs && (s.p.role[k - 1] == Role::paragraph || s.p.role[k - 1] == Role::heading);
}

// "... dans les villes. / En bref / Le Parlement demande une loi. / ...", "... gestiegen. / Auf einen Blick / Die
// Miete steigt um fünf Prozent. / ...": the label of a box of key points (summary_box_label()) under a paragraph,
// glued over its first short sentence (three to most_summary_item_words words, a stop closing it), heads the box,
// however jusText rates the lone label; printed once, no furniture's phrase.
bool summary_box_heading(const SectionLoop& s, const Line& line) {
    const int least_words = 3;
    const std::size_t k = line.k;
    const Block& b = line.b;
    if (k <= s.rs || k >= s.re || b.blank_after || b.boilerplate || b.repeats > 0 ||
        s.p.role[k - 1] != Role::paragraph || s.p.role[k + 1] != Role::none || !summary_box_label(b))
        return false;
    const Block& first = s.blocks[k + 1];
    return first.end_punct && first.words >= least_words && first.words <= most_summary_item_words &&
           first.urls == 0 && first.repeats == 0 && !first.boilerplate;
}

// "Make a list of what you own" printed again in a comment under the article: a heading quoted below the
// region is still printed once in the article (a label or a teaser comes back inside it or above it).
bool quoted_below(const SectionLoop& s, const Block& h) {
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t n = blocks.size();
    constexpr std::size_t no_copy = Contents::no_copy;
    const int most_copied_words = Contents::most_copied_words;
    if (h.words < 4 || h.repeats != 1)
        return false;
    // The first two copies of h's text. (h is a line of the page, or a line made of two of them, whose copies
    // are looked for one by one.)
    std::size_t front = no_copy, second = no_copy;
    if (&h >= blocks.data() && &h < blocks.data() + n) {
        front = static_cast<std::size_t>(&h - blocks.data());
        while (s.toc.prev_copy[front] != no_copy)
            front = s.toc.prev_copy[front];
        second = s.toc.next_copy[front];
    } else if (h.words <= most_copied_words) {
        for (std::size_t c = 0; c < n && second == no_copy; ++c)
            if (blocks[c].repeats >= 1 && blocks[c].words <= most_copied_words && blocks[c].text == h.text)
                (front == no_copy ? front : second) = c;
    }
    return second != no_copy && front >= s.rs && front <= s.re && second > s.re;
}

// "Harbour Board 412 3.5%", "Anna Berg 17 0,4 %": the last row of a table of names and figures, over the
// text after the table, heads no section ("Tarif: 3 Euro", a label and its value, may be a heading's shape).
// "Film<TAB>Year<TAB>Notes", "Harbour Lights<TAB>1961<TAB>A keeper's last winter": a row of a table's cells
// (its header too) heads no section.
bool figures_row(const Block& h) {
    return h.cells || (table_row(h) && h.text.find(": ") == std::string::npos);
}

// "Barclays +3.4%", "BT Group -2.1%", "Commerzbank +2,1 %", "Zalando −1,8 %": a line closed by a signed share, its
// sign ("+", "-", "−") glued to the figure, the percent sign glued to it or after a space.
bool signed_share_line(std::string_view line) {
    if (!line.ends_with('%'))
        return false;
    line.remove_suffix(1);
    if (line.ends_with(' '))
        line.remove_suffix(1);
    const std::size_t space = line.rfind(' ');
    if (space == std::string_view::npos)
        return false;
    std::string_view figure = line.substr(space + 1);
    if (figure.starts_with("\u2212"))
        figure.remove_prefix(std::string_view("\u2212").size());
    else if (figure.starts_with('+') || figure.starts_with('-'))
        figure.remove_prefix(1);
    else
        return false;
    return !figure.empty() && text::is_digit(static_cast<unsigned char>(figure.front())) &&
           text::is_digit(static_cast<unsigned char>(figure.back())) &&
           figure.find_first_not_of("0123456789.,") == std::string_view::npos;
}

// "Top risers and fallers / Barclays +3.4% / NatWest +3.1% / BT Group -2.1% / <text>": a short line closed by a signed
// share (signed_share_line()) under or over another one is an item of a list of figures, no heading of the text
// under the list.
bool signed_share_item(const SectionLoop& s, std::size_t k) {
    const int most_words = 6;
    auto item = [&](std::size_t at) {
        return at >= s.rs && at <= s.re && s.blocks[at].words <= most_words && s.blocks[at].digits > 0 &&
               signed_share_line(s.blocks[at].text);
    };
    return item(k) && ((k > s.rs && item(k - 1)) || item(k + 1));
}

} // namespace

// "Schritt 2 – Die Aussaat", "Part 3 - Sowing", "Día 1 — Llegada a Lima": a part's label (a word and its number, a
// few figures) cut by one dash from the part's title is one heading, no menu's entries between separators. (The
// line's one separator is that dash; a separator is looked for first: most lines have none.)
bool numbered_part_title(const Block& h) {
    const std::size_t most_figures = 3;
    if (h.separators != 1)
        return false;
    const std::size_t read_tokens = 4; // (the label's word and number, the dash, the title's first word: no more read)
    const std::vector<std::string_view> toks = text::split_ws(h.text, read_tokens);
    if (toks.size() < read_tokens || (toks[2] != "-" && toks[2] != "\u2013" && toks[2] != "\u2014") ||
        !text::starts_upper(toks[0]) || !text::starts_upper(toks[3]) || toks[1].size() > most_figures ||
        toks[1].find_first_not_of("0123456789") != std::string_view::npos)
        return false;
    Block title = h; // (the line's shape but for its one separator, which is the dash)
    title.separators = 0;
    return heading_like(title);
}

namespace {

// "5. And finally...", "4. Et pour finir…", "3. Und zum Schluss …": a numbered item's title (one or two figures, a dot
// or a bracket) trailing off in an ellipsis, eight words at most: the dots end no sentence, the line heads its item
// as "4. Flu cases climb" does (heading_like() refuses a line ending on a dot).
bool numbered_title_trailing_off(const Block& h) {
    const int most_words = 8;
    const std::string_view t = h.text;
    const std::size_t number = item_number_length(t);
    if (number == 0 || h.words > most_words || h.urls > 0 || h.separators > 0)
        return false;
    static constexpr std::string_view dots = "...", ellipsis = "\u2026";
    const std::string_view body = text::trim(t.substr(number + 1));
    const std::string_view words = body.ends_with(ellipsis) ? body.substr(0, body.size() - ellipsis.size())
                                   : body.ends_with(dots)   ? body.substr(0, body.size() - dots.size())
                                                            : std::string_view();
    return !words.empty() && text::starts_upper(words) &&
           words.find_first_of(".!?") == std::string_view::npos;
}

// "II.", "IV.", "XII.": a part's roman numeral (five letters at most) and its dot, alone on the line.
bool roman_numeral_alone(std::string_view line) {
    const std::size_t most = 5;
    if (line.size() < 2 || line.size() > most + 1 || line.back() != '.')
        return false;
    return line.substr(0, line.size() - 1).find_first_not_of("IVXL") == std::string_view::npos;
}

// "Jane Roe / Fri 5 Dec 2026 14.47 GMT / Forecast for 2027 cut to 1.1% / <text> / Share / Jane Roe / Fri 5 Dec 2026
// 14.30 GMT / ...", "Anna Muster / 05.12.2026, 14:47 Uhr / Inflation sinkt 2027 auf 1,9 Prozent / <text> / ...": line k
// right under a date line of the region that stamps a live blog's entry, one of three date lines at least, each a
// dozen lines at most from the next (the entries' stamps printed as whole dates, over each entry's title; the first
// entry's may stand over the region, its title read as the headline).
bool dated_entry_title(const SectionLoop& s, std::size_t k) {
    const std::size_t reach = 12, least_others = 2;
    if (k <= s.rs || s.p.role[k - 1] != Role::date)
        return false;
    std::size_t others = 0, last = k - 1;
    for (std::size_t j = k; j <= s.re && j <= last + reach && others < least_others; ++j)
        if (s.p.role[j] == Role::date)
            ++others, last = j;
    last = k - 1;
    for (std::size_t j = k - 1; j-- > 0 && j + reach >= last && others < least_others;)
        if (s.p.role[j] == Role::date)
            ++others, last = j;
    return others >= least_others;
}

// A short line of a heading's shape, which may head the text below it (`arrow`: an arrow_heading(), no link;
// `stamped`: the title of a live blog's entry under its stamp, figures and all, no table's row).
bool heads_shape(const SectionLoop& s, const Block& h, bool entry_title = false, bool arrow = false,
                 bool stamped = false) {
    // "Find Out How Many Hours and Euros You Lose on the Bus Every Week": Title Case runs longer. "The keeper
    // retires →", "← Older post": a link to the next or previous article heads nothing, nor does a caption
    // closed by its credit.
    int most = h.upper_initial * 5 >= h.words * 3 ? 14 : 12;
    // ("II.", "IV.": a part's roman numeral heads it, its dot no sentence's stop.)
    if (h.words == 1 && h.text.size() <= 6 && roman_numeral_alone(h.text))
        return h.repeats == 0;
    // ("Note : 16/20", "Wertung: 8/10", "Calificación: 4/5": a review's rating is a fact of the review, its text, no
    // heading over the lines under it.)
    if (rating_line(h))
        return false;
    const bool trailing_off = numbered_title_trailing_off(h);
    return (heading_like(h) || numbered_part_title(h) || trailing_off) &&
           (!h.end_punct || question_heading(h) || trailing_off) && h.words <= most &&
           (h.repeats == 0 || entry_title || quoted_below(s, h)) && !slide_counter(h.text) &&
           (stamped || !figures_row(h)) && !link_button(h) && !glued_credit_label(h.text) && !comment_count(h) &&
           !live_coverage_link(h) && (arrow || !navigation_arrow(h.text)) && !closed_by_credit(h.text);
}

// "... the growers say. / <blank> / → What happens now / <blank> / <text>": a line opened by a rightward arrow and a
// space, set apart by blank lines between a paragraph and the text below, is a heading when the region marks
// another heading ("📌 What the growers want", "#3 The criticism", "→ Next steps") the same way; most arrow lines
// are links ("→ Read more", "→ Mehr zum Thema": lexicon sections more_links, link_labels, related_labels).
bool arrow_heading(const SectionLoop& s, const Line& line) {
    const Block& b = line.b;
    const std::size_t k = line.k;
    const int least_words = 3, most_words = 9; // (the arrow counts as a word)
    if (k <= s.rs || b.words < least_words || b.words > most_words || !b.blank_before || !b.blank_after ||
        s.p.role[k - 1] != Role::paragraph || !s.blocks[k - 1].end_punct)
        return false;
    static constexpr std::array<std::string_view, 4> arrows = {"→ ", "⇒ ", "➡ ", "⟶ "};
    std::string_view rest;
    for (std::string_view a : arrows)
        if (b.text.starts_with(a))
            rest = std::string_view(b.text).substr(a.size());
    if (rest.empty() || navigation_arrow(rest) || !navigation_arrow(b.text))
        return false;
    static const std::array<const LexiconSection*, 3> links = {&any_language_section("more_links"),
                                                                &any_language_section("link_labels"),
                                                                &any_language_section("related_labels")};
    const std::string low = text::lower(rest);
    for (const LexiconSection* l : links)
        for (std::string_view phrase : l->entries)
            if (low.starts_with(phrase) && (low.size() == phrase.size() || low[phrase.size()] == ' '))
                return false;
    // (Another marked heading of the region, set apart: the page marks its headings.)
    for (std::size_t at = s.rs; at <= s.re; ++at)
        if (at != k && s.blocks[at].blank_before && s.blocks[at].blank_after &&
            opens_with_heading_mark(s.blocks[at].text) && heading_like(s.blocks[at]))
            return true;
    return false;
}

} // namespace

// "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.": what a video
// player inside the article prints for screen readers. Its lines are no text of the article, though they leave the
// region whole (they are short lines, as in the article's text).
bool player_notice(const Block& b) {
    // (The notices by their first byte, gathered once: most lines open with a byte none of them opens with, and are
    // compared with none; the others only with the notices opening as they do. An empty notice opens every line.)
    static const auto& notices = common_lexicon().list("player_notices");
    static const std::bitset<257> fronts = first_bytes(notices);
    static const std::array<std::vector<std::string_view>, 256> by_front = by_first_byte(notices);
    if (b.words > 30)
        return false;
    if (fronts.test(256))
        return true;
    if (b.lower.empty())
        return false;
    const auto front = static_cast<unsigned char>(b.lower.front());
    return fronts.test(front) && std::any_of(by_front[front].begin(), by_front[front].end(),
                                              [&b](std::string_view n) { return b.lower.starts_with(n); });
}

// "View this image ›", "Bild ansehen »", "Voir la photo": a picture's button (lexicon section picture_buttons),
// alone on its line after its arrow is taken off.
bool picture_button(const Block& b) {
    const std::string_view low = without_closing_arrow(label_of(b));
    static const LexiconSection& picture_buttons = any_language_section("picture_buttons"); // (found once)
    return b.words <= 5 && !low.empty() && picture_buttons.has(low);
}

bool answered_question(const std::vector<Block>& blocks, std::size_t k) {
    const int least_words = 3, most_words = 30, least_answer = 5;
    const Block& b = blocks[k];
    if (k + 1 >= blocks.size() || b.words < least_words || b.words > most_words || b.urls > 0 || b.boilerplate ||
        b.repeats > 0)
        return false;
    // (Spanish opens a question with its own mark: "¿Volverá a presentarse?")
    std::string_view opening = b.text;
    if (opening.starts_with("\u00bf"))
        opening.remove_prefix(std::string_view("\u00bf").size());
    const Block& answer = blocks[k + 1];
    // (An answer printed as the one asked said it, in quote marks: "‘Omdat de meerderheid wil blijven. ...’", "«
    // Parce que la majorité veut rester. »", the French space after the mark.)
    std::string_view said = answer.text;
    std::size_t after_mark = 0;
    if (text::is_quote_mark(text::next_cp(said, after_mark)))
        said = text::trim(said.substr(after_mark));
    return text::starts_upper(opening) && answer.end_punct && !question_line(answer.text) &&
           answer.words >= least_answer && answer.urls == 0 && !answer.boilerplate && text::starts_upper(said);
}

// "Bleiben Sie im Amt?", "Resterez-vous en poste ?", "Ms Summers, why?": a line holding a word an interviewer
// puts a question to someone with, a pronoun or a form of address (lexicon section address_words).
bool addresses_someone(const Block& b) {
    static const LexiconSection& words = any_language_section("address_words"); // (merged once)
    const auto lower = b.lower_words();
    return words.has_any(lower);
}

// "Weber: Einige werden zusperren müssen.", "Sheila Atim: Amenza ...": an answer opened by its speaker's name (one or
// two words, each opened by a capital) and a colon.
bool speaker_answers(const Block& answer) {
    const std::size_t widest = 40, most_words = 2;
    const std::size_t colon = answer.text.find(": ");
    if (colon == std::string::npos || colon == 0 || colon > widest)
        return false;
    const auto words = text::split_ws(std::string_view(answer.text).substr(0, colon), most_words + 1);
    return words.size() <= most_words &&
           std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); });
}

bool interview_asks(const SectionLoop& s, std::size_t k) {
    const int least_questions = 2, sure_questions = 3, most_question = 12;
    if (s.answered_questions < least_questions || k >= s.re || !question_line(s.blocks[k].text))
        return false;
    if (answered_question(s.blocks, k))
        return true;
    // "Reicht das Geld? / „Diesmal schon.“", "Chi paga? / «Il consorzio e la regione.»": in an interview of three
    // answered questions at least, a short question (two to twelve words) may get an answer of fewer than five words
    // or be of two words itself, a statement opened by a capital answering it all the same.
    const Block& q = s.blocks[k];
    const Block& answer = s.blocks[k + 1];
    std::string_view said = answer.text;
    std::size_t after_mark = 0;
    if (text::is_quote_mark(text::next_cp(said, after_mark)))
        said = text::trim(said.substr(after_mark));
    return s.answered_questions >= sure_questions && q.words >= 2 && q.words <= most_question &&
           q.urls == 0 && !q.boilerplate && q.repeats == 0 && answer.end_punct && !question_line(answer.text) &&
           answer.urls == 0 && !answer.boilerplate && text::starts_upper(q.text) && text::starts_upper(said);
}

// "Wo wollen Sie sparen? / <answer> / Die Seniorenvertreter werden Ihnen das nicht durchgehen lassen. / Ich rede mit
// allen. ... / Sie wollen Teilzeit unattraktiver machen. Wie? / <answer>", "Quanto c'è di vero? / <answer> / Lei
// scrive ancora a macchina. / Sì, la prima stesura sempre. ... / Che cosa resta oggi? / <answer>": one sentence closed
// by a full stop, put to the one asked (addresses_someone()), between the answer to a question two or three lines up
// and its own answer (answered_question()), an answered question two or three lines down, is an interviewer's
// question put as a statement. (The caller asks it in a region it has found an interview's.)
bool statement_turn(const SectionLoop& s, std::size_t k) {
    const int most_words = 20;
    const std::size_t reach = 3;
    const Block& b = s.blocks[k];
    // (The shape first: most lines of an interview are longer, or questions.)
    if (b.text.back() != '.' || b.words < 3 || b.words > most_words || k < s.rs + 2 || k + 2 > s.re ||
        (s.p.role[k - 1] != Role::paragraph && s.p.role[k - 1] != Role::none) ||
        question_line(s.blocks[k - 1].text) || !s.blocks[k - 1].end_punct || s.blocks[k + 1].words <= b.words ||
        holds_two_sentences(b.text))
        return false;
    bool above = false, below = false;
    for (std::size_t d = 2; d <= reach; ++d) {
        above = above || (k >= s.rs + d && question_line(s.blocks[k - d].text));
        below = below || (k + d <= s.re && question_line(s.blocks[k + d].text) && answered_question(s.blocks, k + d));
    }
    return above && below && answered_question(s.blocks, k) && addresses_someone(b);
}

SectionLoop::SectionLoop(Page& page, std::size_t from, std::size_t to, const Contents& contents,
                         const std::vector<char>& note_flags, std::vector<Block>* owned_blocks)
    : p(page), blocks(page.blocks), rs(from), re(to), toc(contents), notes(note_flags), owned(owned_blocks) {
    // A page that marks its headings (an edit link on each, a table of contents listing them) marks them all:
    // an unmarked line of a heading's shape there is a picture's caption.
    int marked = 0;
    for (std::size_t k = rs; k <= re; ++k)
        marked += marked_heading(blocks[k].text) || listed_heading(*this, k);
    only_marked = marked >= 3;

    // (A block of code stays text as the items of a short list do.)
    listed = short_item_lists(p, rs, re);
    farewell = farewell_from(p, rs, re); // ("Viel Glück! / Euer Hans": text, however short)
    const std::vector<char> code = code_blocks(p, rs, re);
    std::transform(listed.begin(), listed.end(), code.begin(), listed.begin(),
                   [](bool item, bool line_of_code) { return item || line_of_code; });
    list_parts = tight_definition_lists(p, rs, re);
    for (std::size_t k = rs; k < re; ++k)
        if (blocks[k].text.back() == '?' && glued_title(blocks[k], blocks[k + 1])) {
            if (glued_questions++ == 0)
                first_question = k;
            last_question = k;
        }

    // (The question mark first: most lines of the region end in none.)
    // (Of those, the ones put to someone: "Bleiben Sie im Amt?", "Madame Sommer, pourquoi ?")
    for (std::size_t k = rs; k < re; ++k)
        if (question_line(blocks[k].text) && answered_question(blocks, k)) {
            ++answered_questions;
            // (A name over the question too is a thread of comments or a transcript: transcript_turns() reads it.)
            addressed_questions += addresses_someone(blocks[k]) ||
                                           (speaker_answers(blocks[k + 1]) && !speaker_answers(blocks[k]))
                                       ? 1
                                       : 0;
        }

    // ("Lei scrive ancora a macchina.", "Sie malen immer noch im Freien.": a question put as a statement to the one
    // asked, between two answered questions, puts one to someone too. Looked for only where the questions put to
    // someone are too few.)
    if (answered_questions >= 2 && addressed_questions < 2)
        for (std::size_t k = rs + 2; k + 2 <= re; ++k)
            addressed_questions += statement_turn(*this, k) ? 1 : 0;
    // ("Propos recueillis par Jeanne Morel", "Das Gespräch führte Anna Muster.": the page signs its questions as an
    // interview's, over or under the text, though it puts only one of them to someone by a pronoun. Looked for only
    // where two questions at least stand over their answers and one addresses someone.)
    if (answered_questions >= 2 && addressed_questions == 1)
        signed_interview =
            std::any_of(blocks.begin(), blocks.end(), [](const Block& b) { return interview_signoff(b); });
    // ("L'intervista / <headline> / ...", "Interview / <headline>": a page whose kicker, or a label right over its
    // text, names an interview, is one where two questions at least stand over their answers, whoever they are put
    // to. Looked for only where the questions put to someone are too few.)
    if (answered_questions >= 2 && addressed_questions < 2 && !signed_interview)
        for (std::size_t k = 0; k < rs && !labelled_interview; ++k)
            labelled_interview = (p.role[k] == Role::kicker || k + 1 == rs) && interview_label(blocks[k]);

    turns = transcript_turns(p, rs, re);
    // (once for the region: quoted_heading() asks it of each quoted line)
    unspaced = true;
    for (std::size_t k = rs + 1; k <= re && k < blocks.size() && unspaced; ++k)
        unspaced = !blocks[k].blank_before;
    // "Wat is de Kennedytunnel? / Geopend in 1969 / ... / <region's end>": a box of facts closing the region (the box
    // right under the last paragraph joins it: take_fact_box()); its title heads its items, each of them text.
    // (The region's last line first: an item, no sentence, rated below text.)
    const std::size_t box_reach = 10;
    const bool item_last = re > rs && re < blocks.size() && !blocks[re].end_punct && p.raw_quality[re] != Quality::good;
    for (std::size_t t = re > rs + box_reach ? re - box_reach : rs + 1; item_last && t < re && box_title > re; ++t)
        if (p.role[t - 1] == Role::none && p.raw_quality[t - 1] == Quality::good && fact_box_end(p, t) == re + 1) {
            box_title = t;
            std::fill(listed.begin() + static_cast<std::ptrdiff_t>(t), listed.begin() + static_cast<std::ptrdiff_t>(re + 1), 1);
        }
    // "... un silence rare. / Infos pratiques / Jusqu'au 28 avril ... / Tarifs : de 15 à 38 euros. Réservations au
    // 04 72 10 20 30.": a box of practical information closing the region (take_practical_box()); its title heads its
    // lines, each of them text.
    for (std::size_t t = re > rs + box_reach ? re - box_reach : rs + 1; t < re && box_title > re; ++t)
        if (p.role[t] == Role::none && practical_box_end(p, t) == re + 1) {
            box_title = t;
            std::fill(listed.begin() + static_cast<std::ptrdiff_t>(t), listed.begin() + static_cast<std::ptrdiff_t>(re + 1), 1);
        }

    // (Room for every line of the region at once: the list is not grown, and moved, at each doubling.)
    if (owned != nullptr && rs <= re)
        spent_paragraphs.reserve(re - rs + 1);
}

// A heading sits between paragraphs and is followed by text, perhaps after a pointer to another
// article ("Main article: Harbour") or a label ("Advertisement") that the body leaves out.
std::size_t next_text(const SectionLoop& s, std::size_t from) {
    const Page& p = s.p;
    while (from <= s.re && (p.role[from] != Role::none || s.blocks[from].boilerplate ||
                            repeated_label(s.blocks[from])))
        ++from;
    return from;
}

// "(réd)", "(com)", "(bp)", "(dpa/lsw)": the parenthesis of a desk's or an editor's initials, two to four small
// letters, or a few such pieces joined by slashes.
bool initials_parenthesis(std::string_view paren) {
    const std::size_t most_letters = 4, most_pieces = 3;
    if (paren.size() < 4 || paren.front() != '(' || paren.back() != ')')
        return false;
    const std::string_view inside = paren.substr(1, paren.size() - 2);
    std::size_t letters = 0, pieces = 1;
    for (std::size_t at = 0; at < inside.size();) {
        if (inside[at] == '/') {
            if (letters < 2 || ++pieces > most_pieces)
                return false;
            letters = 0;
            ++at;
            continue;
        }
        if (!text::is_lower(text::next_cp(inside, at)) || ++letters > most_letters)
            return false;
    }
    return letters >= 2;
}

// "... y no apoyará a ningún candidato sin un plan para el puerto. (EFE)", "... selon la police cantonale. (réd)": a
// sentence closed by its stop and the tag of the agency that wrote it (a live blog's entry), or the initials of the
// desk that did (a brief: initials_parenthesis()), ends as a sentence does. (Most lines do not end with ')'.)
bool tagged_sentence(std::string_view t) {
    const std::size_t open = closing_parenthesis(t);
    if (open == std::string_view::npos || open < 2 || t[open - 1] != ' ')
        return false;
    const char stop = t[open - 2];
    return (stop == '.' || stop == '!' || stop == '?') &&
           (agency_tag(t.substr(open)) || initials_parenthesis(t.substr(open)));
}

// "Performance / mconley fixed a hang at shutdown caused by the startup cache (Bug 1234)": the items of a
// changelog run long without a final stop; a label over one is a heading when it is a few words. The text a
// heading heads runs seven words at least ("Local news / Sign in to reply." is a tag over a button).
bool is_text(const SectionLoop& s, std::size_t at, const Block& over) {
    if (at > s.re || s.p.quality[at] != Quality::good)
        return false;
    const Block& t = s.blocks[at];
    // ("Eine Formel aus dem Jahr 2009 / <a paragraph cut off mid-sentence by the paywall under it>": the cut paragraph
    // is the text of the heading over it.)
    if (t.words > std::max(over.words, 6) &&
        (t.end_punct || (t.words >= 16 && over.words <= 5) || tagged_sentence(t.text) || cut_before_paywall(s.p, at)))
        return true;
    // "No, the harbour is not about to close for good / The tides have risen by a hand since 1990. / <a
    // chart>": a sentence of eight words or more closed by its stop is text under a longer heading too,
    // unless it goes on with a sentence broken off above it ("... goes to new projects / or to the
    // town's clubs.").
    const int least_words = 8;
    if (!t.end_punct || t.words < least_words)
        return false;
    std::size_t first = 0;
    return !text::is_lower(text::next_cp(t.text, first));
}

bool entry_lead(const SectionLoop& s, const Line& line, std::size_t at) {
    const int least_words = 3;
    if (at > s.re || at + 1 > s.re || s.p.role[at] != Role::none) // (the counts of the lines first)
        return false;
    const Block& t = s.blocks[at];
    if (!t.end_punct || t.words < least_words || t.boilerplate || t.repeats > 0 || !live_entry_title(s.p, line.k))
        return false;
    // "12:00 / Turnout at 15% by noon / By noon 15% had voted. / 07:00": the entry is that one sentence, which the
    // next entry's stamp closes.
    return is_text(s, next_text(s, at + 1), line.b) ||
           (s.p.quality[at] == Quality::good && entry_stamp(s.blocks[at + 1]));
}

namespace {

// "<row> / <row> / Source : Euronext / <text>", "... / Quelle: Destatis / <text>": the line under a table's last row
// that names where its figures come from (text_source_credit()) closes the table: no heading over the text after it.
// ("Südstadt 10,60 Euro" / "Hafenviertel 12,20 Euro" / "Quelle: Statistisches Amt": rows of a label and one figure,
// short_figure_row(), two of them over the line.)
bool table_source_line(const SectionLoop& s, std::size_t k) {
    const int most_words = 8;
    const Block& b = s.blocks[k];
    if (k == 0 || b.words > most_words || b.text.find(':') == std::string::npos)
        return false;
    const bool short_rows = k >= 2 && short_figure_row(s.blocks[k - 1]) && short_figure_row(s.blocks[k - 2]);
    return (figures_row(s.blocks[k - 1]) || short_rows) && text_source_credit(b.text);
}

} // namespace

// heads_shape() of h. (Asked of the line by several rules below: worked out once.)
bool heads(const SectionLoop& s, Line& line, const Block& h) {
    if (&h != &line.b)
        return heads_shape(s, h);
    // ("Key events / 1h ago / Talks resume at Acas / ... / 11.48 GMT / Talks resume at Acas / <text>": a live blog's
    // entry title under its stamp, listed again in the box of key events, heads its entry all the same.)
    if (!line.heads) {
        // ("13:58 Uhr / Drohnenangriff auf Belgorod – zwei Verletzte / <text>": a live entry's title under its stamp
        // may be cut by one dash, no menu's separator.)
        if (h.separators == 1 && live_entry_title(s.p, line.k)) {
            Block title = h;
            title.separators = 0;
            line.heads = heads_shape(s, title, h.repeats > 0, arrow_heading(s, line));
        } else {
            // ("Jane Roe / Fri 5 Dec 2026 14.47 GMT / Forecast for 2027 cut to 1.1% / <text>": the title under an
            // entry's date line may print figures, no table's row.)
            line.heads = heads_shape(s, h, h.repeats > 0 && live_entry_title(s.p, line.k), arrow_heading(s, line),
                                     h.digits > 0 && !h.cells && dated_entry_title(s, line.k)) &&
                         !table_source_line(s, line.k) && !(h.digits > 0 && signed_share_item(s, line.k));
        }
    }
    return *line.heads;
}

namespace {

// "... / Reuters": an agency's tag closing the article (asked of the region's last lines only) is its source tag.
bool source_tag_line(SectionLoop& s, const Line& line) {
    if (auto tag = line.k >= s.re - 1 ? agency_tag(line.b.text) : std::nullopt) {
        s.p.role[line.k] = Role::source_tag;
        s.p.article.source_tag = SourceTag{line.b.text, *tag};
        return true;
    }
    return false;
}

// An entry of a numbered contents whose titles the page prints again below, or what a video player prints for
// screen readers: left out of the body.
bool contents_entry(const SectionLoop& s, const Line& line) {
    return s.toc.contents_line[line.k] || player_notice(line.b);
}

// "^ Doe, Jane (2019) ... / Citations / ^ Roe, John ...": a title the contents list heads the notes under it,
// though it stands between two of them.
bool wiki_note(const SectionLoop& s, const Line& line) {
    return s.notes[line.k] && !listed_heading(s, line.k);
}

// "History[edit]" on a wiki, or a line its table of contents lists: a heading whatever its neighbours,
// even a short one between boilerplate.
// ("Opinión / Más en Opinión ›": a section's label on a front page is one too, and so is "IL TABELLINO" over the
// rows of a match's facts, and the title of the first section under the byline block that opens the region.)
bool sure_heading(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    return marked_heading(line.b.text) || listed_heading(s, k) ||
           (k < s.re && (section_label(line.b, s.blocks[k + 1]) || match_facts_label(s.p, k))) ||
           (k == s.rs && opening_title(s.p, k, s.re));
}

// "Other people are reading / Title one / Title two / <text>": a label over a few titles of other articles
// inside the article, which goes on after them. (Known as a label only here: as boilerplate, the label would
// end the article's region.) Their roles become boilerplate.
bool reading_box(SectionLoop& s, const Line& line) {
    Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, re = s.re;
    if (!reading_label(line.b))
        return false;
    std::size_t j = k + 1;
    while (j < re && j - k <= 4 && p.role[j] == Role::none && !blocks[j].end_punct &&
           blocks[j].words <= 14 && p.raw_quality[j] != Quality::good)
        ++j;
    if (j == k + 1 || is_text(s, j, blocks[k + 1]))
        for (std::size_t t = k; t < j; ++t)
            p.role[t] = Role::boilerplate;
    return p.role[k] == Role::boilerplate;
}

// jusText's heading rule: a short line of a heading's shape right over text heads it, though an inline
// link to another article between two paragraphs ("Read more: ...") or a picture's caption just above
// makes it look like boilerplate. (Under a heading, "Main article: ..." is followed by a caption.)
// "Related / Doubts about the new bridge grow in the council": under a label alone between two paragraphs,
// a line of a heading's shape is the title of the link the label announces, no heading.
bool related_title(const SectionLoop& s, Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    return k > s.rs + 1 && k < s.re && !line.sure_heading && heads(s, line, line.b) && is_text(s, k + 1, line.b) &&
           blocks[k - 1].boilerplate && p.role[k - 2] == Role::paragraph && label_alone(blocks[k - 1]);
}

// "Última hora / 23:58 / <title> / <text> / Compartir / 23:31 / <title> / ...", "14:20 Uhr", "vor 12 Minuten": the
// time stamp alone on its line at `at` (entry_stamp()) is one of a live blog's, when another one stands alone on its
// line a few lines off (the entries' time stamps, one over each title); whatever stands over the stamp (the share
// buttons of the entry above, an advertisement's label, the label of the latest news), the line under it titles the
// entry.
bool stamped_entries(const SectionLoop& s, std::size_t at) {
    const std::size_t reach = 12;
    const std::vector<Block>& blocks = s.blocks;
    for (std::size_t j = at > s.rs + reach ? at - reach : s.rs; j <= s.re && j <= at + reach; ++j)
        if (j != at && entry_stamp(blocks[j]))
            return true;
    return false;
}

// "L'essentiel / Trois quartiers évacués à Orléans. / Les écoles restent fermées jeudi. / 14h32 / <title> / <text>",
// "Key points / Ferries cancelled. / Schools shut on Thursday. / 14:32 / <title>": the items of a box of key points
// over a live blog's first entry stamp, short lines under a short one the loop left out (the box's label, or an item
// already left out), up to the first stamp of the entries, are the box's, no text of the entries. (Over a later
// stamp, an entry of one short sentence under the one before stays text.)
bool box_item_over_entries(const SectionLoop& s, const Line& line) {
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, most_items = 6;
    const int most_item_words = 10;
    auto item = [](const Block& b) { return b.words > 0 && b.words <= most_item_words && b.urls == 0; };
    if (k <= s.rs || !item(line.b) || line.b.digits > 0 || s.p.role[k - 1] != Role::boilerplate ||
        !item(blocks[k - 1]))
        return false;
    for (std::size_t j = k + 1; j <= s.re && j <= k + most_items; ++j) {
        if (blocks[j].digits > 0 && entry_stamp(blocks[j])) {
            if (j + 1 > s.re || !stamped_entries(s, j))
                return false;
            // (The first stamp: none over the box.)
            for (std::size_t i = s.rs; i < k; ++i)
                if (blocks[i].digits > 0 && entry_stamp(blocks[i]))
                    return false;
            return true;
        }
        if (!item(blocks[j]) || s.p.role[j] != Role::none)
            return false;
    }
    return false;
}

// A heading jusText rates short or bad, which its neighbours show heads the text below it: under a caption, a
// credit or what the body leaves out, over a byline, or too long for jusText between two paragraphs.
bool heading_by_neighbours(const SectionLoop& s, Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, rs = s.rs, re = s.re;
    const Block& b = line.b;
    bool short_heading = false;
    if (p.raw_quality[k] == Quality::short_ && k > rs + 1 && k < re && heads(s, line, b) &&
        (is_text(s, k + 1, b) || entry_lead(s, line, k + 1))) {
        // "<caption> / Foto: Jane Roe / 14h32 / Wind turns on the north front / <text>": a live blog's first entry
        // under the lead picture, its time stamp alone on the line between the credit and the entry's title.
        const Block& over = blocks[k - 1];
        const bool stamp = k > rs + 2 && entry_stamp(over);
        Role above = p.role[stamp ? k - 2 : k - 1];
        short_heading = above == Role::caption || above == Role::credit ||
                        (blocks[k - 1].boilerplate && p.role[k - 2] == Role::paragraph) ||
                        after_aside(s, k) || (stamp && stamped_entries(s, k - 1));
    }
    // "<standfirst> / 14:20 Uhr / <first entry's title> / <text>": the first entry's stamp opens the region or stands
    // right under its lede, with nothing over it; its title heads the entry as the later ones do. (The counts first:
    // most lines are no short title under a stamp.)
    if (!short_heading && p.raw_quality[k] == Quality::short_ && k > rs && k <= rs + 2 && k < re &&
        blocks[k - 1].digits > 0 && entry_stamp(blocks[k - 1]) && (k - 1 == rs || p.role[k - 2] != Role::none) &&
        heads(s, line, b) && is_text(s, k + 1, b) && stamped_entries(s, k - 1))
        short_heading = true;
    // "... Comments (5 posted) / Mapping rivers with free tools / By Jane Doe / March 25, 2015 / <text>": on a page of
    // several articles, each article's title stands over its byline (and date) and heads its text.
    if (p.raw_quality[k] == Quality::short_ && k > rs && k < re && p.role[k + 1] == Role::byline && heads(s, line, b)) {
        std::size_t j = k + 1;
        while (j <= re && (p.role[j] == Role::byline || p.role[j] == Role::date))
            ++j;
        short_heading = short_heading || is_text(s, j, b);
    }
    // "... under the streets. / ‘Freeze-thaws’ linked to climate change threaten the pipes / The swings ...": a
    // title of a heading's shape but of sixty letters or more, which jusText rates bad, between two paragraphs;
    // so is "“Harbour Lights” ($20)", rated bad for its marks and figures.
    if (p.raw_quality[k] == Quality::bad && k > rs && k < re && p.role[k - 1] == Role::paragraph && heads(s, line, b) &&
        is_text(s, k + 1, b) && (text::length_cp(b.text) >= 60 || quoted_title_with_note(b.text)))
        short_heading = true;
    // (An explainer's next question over a short sentence: question_series().)
    if (!short_heading && k > 0 && p.role[k - 1] == Role::paragraph && question_series(s, line))
        short_heading = true;
    return short_heading;
}

// "Bestellen Sie jetzt Anmelden", "Subscribe now", "Log in", "Se connecter": the buttons of a subscription or login
// box, every word a button's verb (lexicon section box_button_verb_words, one at least) or one of their small words
// (box_button_glue_words). (The counts first: most lines are settled by them.)
bool box_buttons(const Block& b) {
    const int most_words = 6;
    if (b.words == 0 || b.words > most_words || b.end_punct)
        return false;
    static const LexiconSection* verbs = common_lexicon().section("box_button_verb_words"); // (looked up once)
    static const LexiconSection* glue = common_lexicon().section("box_button_glue_words");
    if (verbs == nullptr || glue == nullptr)
        return false;
    bool verb = false;
    for (const std::string_view w : b.lower_words()) {
        if (verbs->has(w))
            verb = true;
        else if (!glue->has(w))
            return false;
    }
    return verb;
}

// "... / Und heute, hat sich der Beruf verändert? / Ja. Ein alter Meister hat mir einmal gesagt / Jetzt weiterlesen
// mit Plus": the region's last line, an answer under its question cut off mid-sentence by a paywall's prompt right
// under it (take_closing_answers() took the pair into the region), is the interview's text, however short.
bool cut_last_answer(const SectionLoop& s, std::size_t k) {
    const Block& b = s.blocks[k];
    return k == s.re && k > s.rs && !b.end_punct && question_line(s.blocks[k - 1].text) && ends_mid_sentence(b.text) &&
           paywall_under(s.blocks, k);
}

// "Guardar Compartir", "Teilen Merken", "Save Share Print": the buttons printed side by side on one line (over a
// picture, under a paragraph), two words at least, each a button's (lexicon section button_row_words), head no text:
// the line stays with the boilerplate. (A word alone, "Comentarios", may title a part of the text.)
bool button_row(const Block& b) {
    const int least_words = 2, most_words = 5;
    if (b.words < least_words || b.words > most_words || b.end_punct || b.urls > 0)
        return false;
    static const LexiconSection* words = common_lexicon().section("button_row_words"); // (looked up once)
    if (words == nullptr)
        return false;
    const auto& lower = b.lower_words();
    return lower.size() >= static_cast<std::size_t>(least_words) && std::all_of(lower.begin(), lower.end(), [](std::string_view w) { return words->has(w); });
}

// "1. When is it on? / Friday to Sunday, gates open at 10am each day. / 2. How do I get there? / ...", "1. Wann
// findet es statt? / Von Freitag bis Sonntag. / 2. Wie komme ich hin? / ...": a numbered question (twelve words at
// most) over a sentence, with the series' next question (next_in_series()) a few lines under it, each over its
// answer, is the listicle's first item wherever it sits (under a picture's credit, where the answer, a few words
// and figures, is rated bad): it heads its answer. (A lone numbered question over a sentence is left as it was.)
bool opens_numbered_questions(const SectionLoop& s, std::size_t k) {
    const std::size_t reach = 6;
    const int most_question_words = 12, least_answer_words = 3;
    const std::vector<Block>& blocks = s.blocks;
    const Block& q = blocks[k];
    if (k + 2 > s.re || q.digits == 0 || q.words > most_question_words || item_number_length(q.text) == 0 ||
        !question_line(q.text))
        return false;
    const Block& answer = blocks[k + 1];
    std::size_t first = 0;
    if (!answer.end_punct || answer.words < least_answer_words || answer.boilerplate || question_line(answer.text) ||
        text::is_lower(text::next_cp(answer.text, first)))
        return false;
    for (std::size_t j = k + 2; j < s.re && j <= k + reach; ++j)
        if (question_line(blocks[j].text))
            return next_in_series(blocks[j].text, q.text) && blocks[j + 1].end_punct &&
                   !question_line(blocks[j + 1].text);
    return false;
}

// "Jane DoePolitics", "Gesund essenDiese 7 Tipps": two elements of the page glued without their space, a
// name and its category, a label and a teaser's title, are the page's navigation, no text of the article; so
// is "Jetzt anmelden »", a button between its paragraphs, whatever lines of text stand around it,
// "Ferries return to the pier | Harbour TV", the title of a video or a teaser with its site's name, and a
// share_button() ("Share this article").
bool navigation_line(const SectionLoop& s, const Line& line, bool short_heading) {
    const Page& p = s.p;
    const std::size_t k = line.k;
    const Block& b = line.b;
    // (Asked last, of a line the tests below would leave to the page: kept_as_text() reads the lines around it.)
    auto kept = [&] {
        // (A transcript's turn is text, however short: "D: Perché siete contrari al nuovo approdo?")
        const bool turn = k >= s.rs && k - s.rs < s.turns.size() && s.turns[k - s.rs] != 0;
        // (An interview's question over its answer, however short: interview_asks(); and the answer under it.)
        return k >= s.farewell || turn || interview_asks(s, k) || (k > s.rs && interview_asks(s, k - 1)) ||
               opens_numbered_questions(s, k) ||
               (k > s.rs && p.role[k - 1] == Role::heading && opens_numbered_questions(s, k - 1)) ||
               cut_last_answer(s, k) ||
               kept_as_text(p, k, s.rs, s.re, s.listed);
    };
    if (!line.sure_heading && share_button(b))
        return true;
    // "... à 19 heures. / S'inscrire / Le maire ...", "Anmelden", "Sign up", "Iscriviti", "Suscríbete": a sign-up or
    // login button (the whole line one of lexicon section signup_buttons) alone between two paragraphs of the text,
    // its box left out of the dump, heads neither of them: it is never a heading. (A verb of buying, "Commander",
    // may head a how-to's part.)
    const int most_button_words = 3;
    static const LexiconSection* signup = common_lexicon().section("signup_buttons"); // (looked up once)
    if (!line.sure_heading && b.words <= most_button_words && k > s.rs && k < s.re &&
        p.role[k - 1] == Role::paragraph && s.blocks[k - 1].end_punct && s.blocks[k + 1].end_punct &&
        signup != nullptr && signup->has(b.lower))
        return true;
    // "<text> / Bestellen Sie jetzt / Anmelden / Leserkommentare": a box's buttons heading no text (the next line
    // no prose: "Commander" over the steps of a how-to heads them) stay with the boilerplate.
    // (The line under it first: most short lines stand over prose.)
    // "Foto: Urs Jaudas / Abo abschliessen / Login / <text>", "... / S'abonner / Se connecter / <text>": two such
    // buttons in a row are the box's, over prose too.
    if (!line.sure_heading && ((box_buttons(b) && ((k + 1 > s.re || p.raw_quality[k + 1] != Quality::good) ||
                                                   (k > 0 && box_buttons(s.blocks[k - 1])) ||
                                                   (k + 1 < s.blocks.size() && box_buttons(s.blocks[k + 1])))) ||
                               button_row(b)))
        return true;
    return !line.sure_heading && !short_heading &&
           ((((p.quality[k] == Quality::bad && !short_sentence(b, p.language) && !terse_closing_sentence(p, k, s.re) &&
               !figure_between_paragraphs(p, k, s.rs, s.re) &&
               !table_line_amid_text(p, k, s.rs, s.re) && !brief_closing_sentence(p, k, s.rs, s.re) &&
               !sentence_under_related_box(p, k, s.rs, s.re) &&
               !reported_sentence(b, p.language) && !timed_closing_sentence(p, k, s.re)) ||
              b.boilerplate || repeated_label(b) || (!b.end_punct && b.words <= 14 && glued_elements(b.text))) &&
             !kept()) ||
            // ("Partei | Stimmen" over "Sozialliberale | 38,2 | 64": a table's header of one bar is no other page's
            // title, table_line_amid_text().)
            (!b.end_punct &&
             (arrow_link(b.text) || (barred_title(b.text) && !table_line_amid_text(p, k, s.rs, s.re)))));
}

// "Built for / the long winters / <text>": a title broken in two over the text heads it whole (the line and the next
// become one heading).
bool broken_title_heads(SectionLoop& s, const Line& line) {
    Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    const Block& b = line.b;
    if (line.sure_heading || k + 1 >= s.re || p.role[k + 1] != Role::none ||
        !broken_title(b, blocks[k + 1], p.language))
        return false;
    const std::vector<Block> whole = segment(b.text + " " + blocks[k + 1].text);
    if (whole.size() == 1 && heads_shape(s, whole.front()) && is_text(s, next_text(s, k + 2), whole.front())) {
        p.role[k] = Role::heading;
        p.role[k + 1] = Role::heading;
        start_section(s, whole.front().text, b);
        return true;
    }
    return false;
}

// "Harbour to reopen in May / Updated: May 2, 2024 / New quays and a wider channel for the ferries / The harbour of
// the town ...": the body's first line, a sentence's length, under a headline with no lede and over the text, is the
// subtitle the page prints under its headline (its deck), the article's first paragraph, no heading of a section.
// ("Introduction", "Overview": a short label opening the body heads it; "1. Pack a torch" opens a series; "11h20 /
// Ferries stay in the harbour / <text>": the title under a live blog's first time stamp heads its entry.)
// "By Tom Harris / What does the law do? / It limits ... / Who is exempt? / New-build homes ...", "Von Tom Harris / Was
// regelt das Gesetz? / ... / Wer ist ausgenommen? / ...": an explainer's first question opens a series of questions,
// each a short line alone between two sentences of its answers: it heads the first answer, no deck.
bool opens_question_series(const SectionLoop& s, std::size_t k) {
    const std::size_t reach = 8;
    const int most_question_words = 12;
    const std::vector<Block>& blocks = s.blocks;
    if (!question_line(blocks[k].text))
        return false;
    for (std::size_t j = k + 2; j < s.re && j <= k + reach; ++j) {
        const Block& q = blocks[j];
        if (question_line(q.text) && q.words <= most_question_words && blocks[j - 1].end_punct &&
            !question_line(blocks[j - 1].text) && blocks[j + 1].end_punct && !question_line(blocks[j + 1].text))
            return true;
    }
    return false;
}

bool deck_under_headline(const SectionLoop& s, const Line& line) {
    const Article& a = s.p.article;
    const int least_words = 5;
    const std::size_t k = line.k, least_items = 3;
    // ("Die neue Fähre in Zahlen / Länge: 48 Meter / Plätze: 350 Fahrgäste / ...": the title of a box of facts, no
    // stop, over three items or more with figures, fact_box_end(), opening the region, is the box's heading, however
    // many its words.)
    auto box_title = [&] {
        std::size_t figures = 0;
        return !line.b.end_punct && fact_box_end(s.p, k, &figures) > k + least_items && figures >= least_items;
    };
    return !line.sure_heading && a.headline && !a.lede && a.sections.empty() && !s.have_paragraph &&
           !s.section.heading && line.b.words >= least_words &&
           !text::is_digit(static_cast<unsigned char>(line.b.text.front())) &&
           !(k > s.rs && entry_stamp(s.blocks[k - 1]) && stamped_entries(s, k - 1)) && !opens_question_series(s, k) &&
           !box_title();
}

// "... But the glaciers will not wait for us to finish arguing. We need ... / The glaciers will not wait for us to
// finish arguing. / Q: ...": a sentence of a paragraph near it printed again on a line of its own without quotation
// marks, in larger type (a pull quote), is no paragraph of the text (mark_pull_quotes() of classify.cpp settles the
// pull quotes in quotation marks before the loop). The line is one sentence of six words or more that a longer
// paragraph within a few lines above or below holds past its start as a sentence's end: from one of its words on,
// up to a stop or a quotation mark, compared lower-cased without the line's final stop. (A paragraph of one sentence
// that another's clause repeats goes on, "the vote is on Tuesday, and ...": no stop there; so do the paragraphs
// that a summary over the text strings together, the first opening it and the others of several sentences.)
bool pull_quote(const SectionLoop& s, const Line& line) {
    const int fewest = 6, most = 40;
    const std::size_t reach = 6;
    const Block& b = line.b;
    if (b.words < fewest || b.words > most || !b.end_punct)
        return false;
    std::string_view core = b.lower;
    while (!core.empty() && (core.back() == '.' || core.back() == '!'))
        core.remove_suffix(1);
    for (const std::string_view stop : {". ", "! ", "? "})
        if (core.find(stop) != std::string_view::npos)
            return false;
    auto stop_at = [](std::string_view t, std::size_t at) {
        if (at == t.size() || t[at] == '.' || t[at] == '!' || t[at] == '?')
            return true;
        const char32_t cp = text::next_cp(t, at);
        return cp == U'\u2026' || text::is_quote_mark(cp);
    };
    const std::size_t from = line.k > s.rs + reach ? line.k - reach : s.rs, to = std::min(s.re, line.k + reach);
    for (std::size_t j = from; j <= to; ++j) {
        const Block& o = s.blocks[j];
        if (j == line.k || o.words < b.words + fewest || s.p.role[j] == Role::boilerplate)
            continue;
        for (std::size_t at = o.lower.find(core); at != std::string_view::npos; at = o.lower.find(core, at + 1)) {
            std::size_t before = at;
            if (at > 0 && (o.lower[at - 1] == ' ' || text::is_quote_mark(text::prev_cp(o.lower, before))) &&
                stop_at(o.lower, at + core.size()))
                return true;
        }
    }
    return false;
}

// "«Un pueblo sin estación es un pueblo que aprende a despedirse.» / Refrán de los ferroviarios / <text>", "“<words>”
// / — Jane Roe, The Long Winter": the line under an epigraph (a paragraph wholly in quotation marks opening the
// body, or any such paragraph when the line opens with a dash) names its source, a part of the epigraph and no
// heading of the text under it.
bool epigraph_source(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    const Block& b = line.b;
    const int most_words = 12, most_quoted = 60;
    if (line.sure_heading || k <= s.rs || b.end_punct || b.words > most_words || s.p.role[k - 1] != Role::paragraph)
        return false;
    const Block& q = s.blocks[k - 1];
    if (q.words > most_quoted || q.text.size() < 2)
        return false;
    std::size_t at = 0;
    if (!text::is_quote_mark(text::next_cp(q.text, at)))
        return false;
    std::string_view inner = q.text;
    while (!inner.empty() && (inner.back() == '.' || inner.back() == '!'))
        inner.remove_suffix(1);
    std::size_t end = inner.size();
    if (end == 0 || !text::is_quote_mark(text::prev_cp(inner, end)))
        return false;
    std::size_t front = 0;
    const char32_t first = text::next_cp(b.text, front);
    const bool dash = first == U'\u2014' || first == U'\u2013' || first == '-';
    const bool opening = s.p.article.sections.empty() && !s.section.heading && s.section.paragraphs.size() == 1;
    return dash || opening;
}

// "Transcript / This transcript was generated automatically and may contain errors. / [00:00:04] HOST: ...",
// "Transcription générée automatiquement", "Das Transkript wurde automatisch erstellt.": the notice that a machine
// wrote the transcript below, twenty words at most holding a word of a transcript (lexicon section transcript_words)
// and one of a machine's making (machine_made_words), the first line of its section: a notice, no text of the
// article. (A sentence of the text naming a transcript stands among other paragraphs.)
bool machine_transcript_notice(const SectionLoop& s, const Line& line) {
    const int most_words = 20;
    if (line.b.words == 0 || line.b.words > most_words || !s.section.paragraphs.empty() || line.b.digits > 0)
        return false;
    static const LexiconSection& transcripts = any_language_section("transcript_words");
    static const LexiconSection& machine = any_language_section("machine_made_words");
    const auto words = line.b.lower_words();
    return transcripts.has_any(words) && machine.has_any(words);
}

// "Étape 2", "Step 3:", "Schritt 1/5": the label of a recipe's or a how-to's step alone on its line (a word of
// lexicon section step_label_words and the step's number): a number the reader needs no more than a list's, which
// heads nothing and parts nothing, so that the method's title over the first step heads the steps' text.
bool step_label(const Block& b) {
    const int most_chars = 20, most_digits = 2;
    if (b.words < 2 || b.words > 4 || b.chars > most_chars || b.urls > 0 || b.digits == 0)
        return false;
    const std::vector<std::string_view> raw = text::split_ws(b.text);
    if (raw.size() != 2 && !(raw.size() == 3 && raw[2] == ":"))
        return false;
    static const LexiconSection& steps = any_language_section("step_label_words"); // (merged once)
    if (!steps.has(text::lower(raw[0])))
        return false;
    std::string_view numeral = raw[1];
    if (numeral.ends_with(':') || numeral.ends_with('.'))
        numeral.remove_suffix(1);
    const std::size_t slash = numeral.find('/'); // ("1/5": the step and the count of steps)
    auto figures = [&](std::string_view n) {
        return !n.empty() && n.size() <= most_digits && n.find_first_not_of("0123456789") == std::string_view::npos;
    };
    return slash == std::string_view::npos ? figures(numeral)
                                           : figures(numeral.substr(0, slash)) && figures(numeral.substr(slash + 1));
}

} // namespace

void build_sections(Page& p, std::size_t rs, std::size_t re, const Contents& toc, const std::vector<char>& notes,
                    std::vector<Block>* owned) {
    // (The steps' labels first: a line over one is asked whether text stands under it. Two at least: a method's
    // steps; one alone may head its part of a guide. Each after the first right under the step before it, a sentence
    // closed by its stop: under a picture's caption a label parts the pictures of a how-to and stays.)
    std::vector<std::size_t> steps;
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (p.role[k] == Role::none && step_label(p.blocks[k]))
            steps.push_back(k);
    const bool under_steps = std::all_of(steps.begin() + (steps.empty() ? 0 : 1), steps.end(), [&](std::size_t k) {
        const Block& over = p.blocks[k - 1];
        return over.end_punct && over.text.back() != ':' && over.text.back() != ';';
    });
    if (steps.size() >= 2 && under_steps)
        for (const std::size_t k : steps)
            p.role[k] = Role::boilerplate;
    SectionLoop s(p, rs, re, toc, notes, owned);
    for (std::size_t k = rs; k <= re; ++k) {
        if (summary_box_item(s, k)) {
            add_paragraph(s, k);
            continue;
        }
        if (p.role[k] != Role::none)
            continue;
        // "90'" / "It's all over at the Riverside." / "84'" / "Kelby hit the bar from a free kick." / "78'", "14:52" /
        // "In Langenthal sind 3000 Haushalte ohne Strom." / "14:31": a live blog's stamp alone on its line, another
        // one a few lines off (stamped_entries()), is the time of the entry under it, whatever that entry holds (a
        // title over its text, one short sentence): boilerplate, neither text nor a heading. The entry's title heads
        // its text, the entry of one sentence is a paragraph of the section the stamps run in.
        if (p.blocks[k].digits > 0 && entry_stamp(p.blocks[k]) && stamped_entries(s, k)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        Line line{k, p.blocks[k], false, std::nullopt};
        if (source_tag_line(s, line))
            continue;
        // ("... a paragraph. / (Photo d'illustration) / DR / ...", "... / Foto d'archivio / ...": a picture's label
        // alone between paragraphs, whose picture the text dump left out, is neither text nor a heading.)
        if (contents_entry(s, line) || picture_label_line(line.b.text) || narration_note(line.b)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (wiki_note(s, line) || verdict_line(line.b)) {
            add_paragraph(s, k);
            continue;
        }
        line.sure_heading = sure_heading(s, line);
        if (epigraph_source(s, line)) {
            add_paragraph(s, k);
            continue;
        }
        if (reading_box(s, line))
            continue;
        if (related_title(s, line) || box_item_over_entries(s, line)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (navigation_line(s, line,
                            heading_by_neighbours(s, line) || quoted_entry_title(s, line) ||
                                live_title_in_marks(s, line) || closing_cry_heading(s, line) ||
                                closing_section_title(s, line) || summary_box_heading(s, line) ||
                                recipe_part_title(s, line) || list_title(s, line))) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (pull_quote(s, line) || stacked_non_title(s, line) || brief_label(s, line) ||
            label_over_part_title(s, line)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (broken_title_heads(s, line)) {
            ++k;
            continue;
        }
        // (An interview's sign-off under its transcript, over the box on the one asked, is boilerplate as it is
        // where it closes the region.)
        if (!line.sure_heading && interview_signoff(line.b)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (!line.sure_heading && machine_transcript_notice(s, line)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        // "<letter> / Anna Muster, Hafenstadt / <letter>": a reader's signature under the letter names its writer,
        // no one the text's quotes may be given to, and heads nothing: it goes with the boilerplate.
        if (!line.sure_heading && letter_signature(p.blocks, k, s.rs, s.re)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        const bool announced = announced_by_colon(s, k);
        if (heads_section(s, line,
                          text_below(s, line, announced) || question_series(s, line) ||
                              opens_numbered_questions(s, k),
                          announced) &&
            !deck_under_headline(s, line)) {
            const std::size_t box_end = fact_box_end(p, k);
            s.box_end = std::max(s.box_end, box_end); // (its items head nothing, the last one over text)
            p.role[k] = Role::heading;
            if (line.sure_heading && listed_heading(s, k))
                s.listed_titles.push_back(line.b.text);
            start_section(s, line.b.text, line.b);
            s.summary_box = summary_box_label(line.b) && !line.b.blank_after;
            s.fact_box = box_end > k + 1;
            continue;
        }
        end_summary_box(s, line);
        end_fact_box(s, line);
        add_paragraph(s, k);
    }
    store_section(s);
    // The free text cut off mid-sentence by a paywall: the record says that the text is not whole.
    if (s.re < p.blocks.size() && p.role[s.re] == Role::paragraph && cut_before_paywall(p, s.re))
        p.article.warnings.push_back("text cut off mid-sentence at a paywall");
    for (const auto& [at, paragraph, k] : s.spent_paragraphs)
        p.article.sections[at].paragraphs[paragraph] = std::move((*owned)[k].text);
    lift_title_case_headings(p.article.sections, s.glued_headings, p.language);
    fold_definition_lists(p.article.sections, p.language, s.listed_titles);
    fold_sentence_case_labels(p.article.sections);
    drop_caption_heading(s);
}

} // namespace archive
