// The standfirst's rules of the article's opening (mark_opening(), classify_head.cpp): the shapes and places of a
// lede under the headline and the lines that part it from the text or stand between (an author's bare name, a
// desk's signature, a score box, a player, a reading aid, labels over the body, a running head); and what is
// settled once the lede is found (names over it, a byline closing it, the author's note under the byline).
#include "bylines.hpp"
#include "classify.hpp"
#include "contents_runs.hpp"
#include "dates.hpp"
#include "head_parts.hpp"
#include "headline_parts.hpp"
#include "media_parts.hpp"
#include "meta_parts.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace archive {

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

namespace {

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

} // namespace

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

// "<linha fina> / Rui Tavares / Braga / Partilhar no Facebook / <text>", "<entradilla> / Lucía Herrero / Zaragoza /
// <text>", "<Vorspann> / Martina Huber / Landshut / <Text>": with no date line under the headline (the page prints
// it over the headline, or not at all), the author's bare name, one name of two or three capitalised words, over
// the place the author files from (filing_place_line()) and share buttons perhaps, over the body's first paragraph
// (prose of twelve words at least closed by a stop), parts the line over the name from the text as a byline does.
// (mark_names_under_headline() reads the name as the byline and the place as the dateline once the lede is known.)
bool name_and_place_over_text(const Page& p, std::size_t k, std::size_t re) {
    const int least_text_words = 12, most_name_words = 3;
    if (k + 2 > re || p.role[k] != Role::none || p.blocks[k].words > most_name_words ||
        !bare_names_over_text(p.blocks[k]) || !filing_place_line(p, k + 1))
        return false;
    const auto names = names_line(p.blocks[k].text);
    if (!names || names->size() != 1)
        return false;
    const std::size_t j = past_share_buttons(p, k + 2, re);
    return j <= re && p.role[j] == Role::none && p.raw_quality[j] == Quality::good && p.blocks[j].end_punct &&
           p.blocks[j].words >= least_text_words;
}

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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
    // (The marks' first bytes the line holds, read in one pass: most lines hold none of them. A bit of each such
    // byte or'ed from a table, one load a byte: five comparisons a byte cost more than the rest of the test.)
    static constexpr auto mark_bit = [] {
        std::array<std::uint8_t, 256> bits{};
        std::uint8_t bit = 1;
        for (const char first : {'|', '-', '(', '\xC2', '\xE2'}) {
            bits[static_cast<unsigned char>(first)] = bit;
            bit = static_cast<std::uint8_t>(bit << 1);
        }
        return bits;
    }();
    unsigned held = 0;
    for (const char c : line)
        held |= mark_bit[static_cast<unsigned char>(c)];
    if (held == 0)
        return false;
    auto holds = [&](char first) { return (held & mark_bit[static_cast<unsigned char>(first)]) != 0; };
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

} // namespace

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
bool labels_over_body(const Page& p, std::size_t from, std::size_t rs, bool* reading_time) {
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
