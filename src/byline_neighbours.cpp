// Authors' names printed without a byline word, known as names by what stands beside them: the article's reading
// time, a button to follow the author, a job title, the author's own address or the post's age; a date line under
// names, a handle before a date. (Labelled bylines are read in bylines.cpp.)
#include "classify.hpp"
#include "meta_parts.hpp"
#include "page.hpp"

#include "byline_bio.hpp"
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace archive {

// "11 min read", "Oct 15, 2015 · 18 min read", "Lesezeit: 3 Min.", "4 min de lecture": a short line (ten words at most)
// with a figure holding a phrase of the lexicon section reading_time (reading_time_phrase()), settled first by the
// counts of its tokens and of its ASCII digits that segment() made: most lines under a name are a paragraph, or have no
// figure, and are not read again.
bool reading_time_line(const Block& b) {
    const int most_words = 10;
    return b.words <= most_words && b.digits > 0 && reading_time_phrase(b.lower);
}

bool follow_button(std::string_view line) {
    static const LexiconSection& buttons = any_language_section("follow_buttons");
    // A line with more printable ASCII bytes than the longest button is none of them, and is not copied: each such
    // byte stays one byte through collapse and lower, unless a byte from 0x80 in the three before it may take it into
    // its character. (A plus sign is the button's mark, counted out.)
    std::size_t kept = 0, since_high = 4;
    for (char c : line) {
        const auto b = static_cast<unsigned char>(c);
        since_high = b >= 0x80 ? 0 : since_high + 1;
        if (b > ' ' && b < 0x7F && b != '+' && since_high > 3 && ++kept > buttons.longest)
            return false;
    }
    // "+ FOLLOW", "+ Folgen", "Suivre +": the button printed with the plus sign of its icon before or after its word.
    std::string_view body = text::trim(line);
    if (body.starts_with('+'))
        body = text::trim(body.substr(1));
    else if (body.ends_with('+'))
        body = text::trim(body.substr(0, body.size() - 1));
    return buttons.has(text::lower(text::collapse(body)));
}

namespace {

// "•", "—", "|": a mark standing between a name and what is said of it (lexicon section credit_separator_marks).
bool separator(std::string_view w) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    return w.size() <= 3 && marks != nullptr && marks->has(w); // (none has more than three bytes: most need no look-up)
}

// "8h", "3 d", "12 Std.": the age of a post, a figure and a short unit of time (lexicon section short_age_unit_words).
bool post_age(std::string_view piece) {
    static const LexiconSection* units = common_lexicon().section("short_age_unit_words"); // (looked up once)
    const auto words = text::split_ws(piece);
    if (words.empty() || words.size() > 2)
        return false;
    std::string_view figures = words[0], unit;
    if (words.size() == 2) {
        unit = words[1];
    } else {
        std::size_t k = 0;
        while (k < figures.size() && figures[k] >= '0' && figures[k] <= '9')
            ++k;
        unit = figures.substr(k);
        figures = figures.substr(0, k);
    }
    std::string low = text::lower(unit);
    if (!low.empty() && low.back() == '.')
        low.pop_back();
    return text::all_ascii_digits(figures) && units != nullptr && units->has(low);
}

// "Jane Roe • 8h", "Anna Muster | 3 Std.": one person's name, a separator and the post's age -> the name.
std::optional<std::string> name_before_age(std::string_view line) {
    // The first separator from the third word on with a word after it (a token at a time: no vector of the words).
    std::size_t at = 0;
    for (std::size_t k = 0;; ++k) {
        const std::string_view w = text::next_token(line, at);
        if (w.empty())
            return std::nullopt;
        if (k < 2 || !separator(w))
            continue;
        std::size_t after = at;
        const std::string_view next = text::next_token(line, after);
        if (next.empty())
            return std::nullopt;
        if (!post_age(line.substr(static_cast<std::size_t>(next.data() - line.data()))))
            return std::nullopt;
        return name_line(line.substr(0, static_cast<std::size_t>(w.data() - line.data())));
    }
}

// "Jean-Sébastien Thériault" / "Collaboration spéciale", "Jane Roe" / "Special to the Courier", "Anna Muster" /
// "Gastautorin": the line under a name opening with an outside contributor's role (lexicon section
// contributor_role_openings), whole words.
bool contributor_role_line(const Block& b) {
    static const LexiconSection* roles = common_lexicon().section("contributor_role_openings");
    if (roles == nullptr)
        return false;
    return opens_with_entry(*roles, b.lower) > 0;
}

// "Jane Roe" / "Games Editor", "Anna Muster" / "Stellvertretende Pressesprecherin": the short line under the name is
// a job title's (or an outside contributor's role: contributor_role_line()), and no list of people goes on under it
// (another name) or ends over it (another title).
bool titled_name(const Page& p, std::size_t i) {
    const std::size_t most_title_words = 10;
    const std::vector<Block>& blocks = p.blocks;
    if (i + 1 >= blocks.size())
        return false;
    const Block& title = blocks[i + 1];
    if (title.words > static_cast<int>(most_title_words) || title.text.back() == '.' ||
        !(job_title_line(title.text) || contributor_role_line(title)))
        return false;
    if (i + 2 < blocks.size() && names_line(blocks[i + 2].text))
        return false;
    return i == 0 || !job_title_line(blocks[i - 1].text);
}

// "10.12.2022 18:27 von" / "Anna Muster", "March 3, 2021 by" / "Jane Roe", "3 mai 2021 par" / "Jeanne Morel": the
// line over `i` is a short date line closed by a byline word, whose names went on to the next line.
bool date_line_closed_by_byline_word(const Page& p, std::size_t i) {
    const int most_words = 10;
    const std::vector<Block>& blocks = p.blocks;
    if (i == 0 || blocks[i].blank_before || blocks[i - 1].words > most_words || blocks[i - 1].digits == 0)
        return false;
    const std::string& over = blocks[i - 1].text;
    const std::size_t space = over.rfind(' ');
    return space != std::string::npos && byline_word(std::string_view(over).substr(space + 1)) &&
           find_date(over, p.language).has_value();
}

// "Energy & Environment", "Politik, Ausland", "Voyages": the categories a post is filed in, a short line of
// capitalised words (or "&") with no figure and no stop at its end; and no person's name, which the caller asks last
// (names_line() costs the most).
bool category_shape(const Block& b) {
    const int most_words = 4;
    if (b.words > most_words || text::has_ascii_digit(b.text) || b.text.back() == '.' || b.text.back() == ':')
        return false;
    // (A token at a time: no vector of the words for each short line under a name.)
    std::size_t at = 0;
    for (std::string_view w = text::next_token(b.text, at); !w.empty(); w = text::next_token(b.text, at))
        if (w != "&" && !text::starts_upper(w))
            return false;
    return true;
}

// "Edilson Roe" -> "edilsonroe", "Lucía Gómez" -> "luciagomez": the letters of a name's words without their accents,
// lower-cased (those of a handle or an address made of it); `last_only` keeps the last word's alone.
std::string name_letters(std::string_view name, bool last_only) {
    const std::size_t from = last_only ? name.rfind(' ') + 1 : 0; // (npos + 1 is 0: a name of one word)
    std::string_view part = name.substr(from);
    std::string folded;
    if (std::any_of(part.begin(), part.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        folded = text::without_accents(part, true).value_or(std::string());
        part = folded;
    }
    std::string out;
    for (char c : part)
        if (static_cast<unsigned char>(c) < 0x80 && std::isalpha(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "Jane Roe" / "jane.roe@harbour-post.example", "Edilson La Rosa" / "edilsonlarosa": the line under the name is the
// author's own address or handle, one token in small letters; an address (or an "@handle") opens with the name's
// first letter and holds its last word's letters, a bare handle spells the whole name.
bool own_address_under(const Page& p, std::size_t i) {
    const std::size_t shortest_last = 3;
    const Block& next = p.blocks[i + 1];
    if (next.words != 1 || next.text.size() < shortest_last)
        return false;
    const std::string& token = next.text;
    if (std::any_of(token.begin(), token.end(), [](char c) {
            return !(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                     c == '.' || c == '_' || c == '-' || c == '@');
        }))
        return false;
    const std::string& name = p.blocks[i].text;
    const std::string whole = name_letters(name, false), last = name_letters(name, true);
    const std::size_t at = token.find('@');
    if (at == std::string::npos)
        return name_letters(token, false) == whole && whole.size() > last.size();
    // "@janeroe", "jane.roe@harbour-post.example": the handle after the "@", or the address's part before it.
    const std::string_view account = std::string_view(token).substr(at == 0 ? 1 : 0, at == 0 ? std::string::npos : at);
    const std::string own = name_letters(account, false);
    return last.size() >= shortest_last && !whole.empty() && !own.empty() && own.front() == whole.front() &&
           own.find(last) != std::string::npos;
}

// "wo 3 dec 2026 om 09.14 - Bijgewerkt om 15.47", "Mi., 3. Dez. 2026", "mer. 3 déc. 2026": line k is the page's date
// line (given that role) opening with its weekday's short form (weekday_short_form()) right before the day's figure,
// the rest a date line printing nothing but its dates and labels.
bool short_weekday_date_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int most_words = 12;
    if (p.role[k] != Role::date || b.words > most_words)
        return false;
    std::size_t at = 0;
    const std::string_view day = text::next_token(b.text, at);
    const std::string_view figure = text::next_token(b.text, at);
    if (figure.empty() || figure.front() < '0' || figure.front() > '9' || !weekday_short_form(day, p.language))
        return false;
    const DateLine d = read_dates(b.text, p.language, p.day_order);
    return d.is_date_line && d.published && d.rest.empty();
}

// "Publié le 3 décembre 2026 à 18h12" / "Laetitia Rochat" / "Monthey, 3 décembre (ats) - L'office fédéral ...",
// "Published 3 December 2026" / "Jane Roe" / "HARBOURTOWN - The council ...": a name alone between the page's date
// line (given that role) and the text's first paragraph of prose opened by a dateline (dateline_tag(); a sentence of
// twelve words or more) signs the text. (Under a box of dates, a name set apart over a paragraph without a dateline
// may be the page's furniture.)
bool between_date_and_text(const Page& p, std::size_t i) {
    const int least_paragraph = 12;
    const std::vector<Block>& blocks = p.blocks;
    if (i == 0 || i + 1 >= blocks.size() || p.role[i - 1] != Role::date)
        return false;
    const Block& text = blocks[i + 1];
    return p.role[i + 1] == Role::none && text.end_punct && text.words >= least_paragraph &&
           textual(p.raw_quality[i + 1]) && !text.boilerplate && dateline_tag(text.text).has_value();
}

// "<standfirst> / Mary Ellen Voss / Springfield Courier / Published 6:02 a.m. CT Nov. 24, 2026", "<headline> / Anna
// Muster / Hafenblatt / Veröffentlicht am 24.11.2026", "Claire Morel / Courrier du Port / Publié le ...": a name under
// the headline or the lede over the paper's name (a short line opened and closed by a capitalised word, printed
// elsewhere on the page, its masthead, or closed by an organisation's noun: lexicon section organisation_words, or a
// group's, outlet_group_line()) and
// then the date line signs the text with the paper it writes for.
} // namespace

// "Hélène Roux" / "Économiste, professeure à l'université de Lyon" / "Publié le 4 décembre 2026", "Vicente Roig" /
// "Ingeniero de caminos y profesor en la Universidad de Valencia" / "06 DIC 2026 - 05:30": the writer's bio under an
// opinion's bare name, over the date line. The bio is a line of two to 25 words opening with a job's word (lexicon
// sections bio_profession_words, bio_words; a comma may close it), no second sentence in it; the date line under it
// is short.
bool bio_over_date(const Page& p, std::size_t i) {
    const int most_bio_words = 25, most_date_words = 8;
    const std::vector<Block>& blocks = p.blocks;
    if (i + 2 >= blocks.size())
        return false;
    const Block& bio = blocks[i + 1];
    const Block& date = blocks[i + 2];
    if (bio.words < 2 || bio.words > most_bio_words || date.words > most_date_words || date.digits == 0 ||
        bio.text.find(". ") != std::string::npos || !text::starts_upper(bio.text))
        return false;
    return opens_with_job(bio.text) && (p.role[i + 2] == Role::date || find_date(date.text, p.language).has_value());
}

bool opens_with_job(std::string_view line) {
    std::size_t at = 0;
    std::string first = text::lower(text::next_token(line, at));
    while (!first.empty() && (first.back() == ',' || first.back() == ':'))
        first.pop_back();
    static const LexiconSection& professions = any_language_section("bio_profession_words"); // (merged once)
    static const LexiconSection& jobs = any_language_section("bio_words");                   // (merged once)
    return professions.has(first) || jobs.has(first);
}

bool over_outlet_and_date(const Page& p, std::size_t i) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_date_words = 24;
    // (Under the lead picture between them too: "<standfirst> / <caption> / <credit> / Ruth Marsh / ...".)
    const Role above = i == 0 ? Role::none : p.role[i - 1];
    if (i == 0 || i + 2 >= blocks.size() ||
        (above != Role::lede && above != Role::headline && above != Role::credit && above != Role::caption))
        return false;
    const Block& outlet = blocks[i + 1];
    const Block& date = blocks[i + 2];
    if (outlet.blank_before || date.words > most_date_words ||
        !(p.role[i + 2] == Role::date || find_date(date.text, p.language)))
        return false;
    const auto words = outlet_shape(outlet);
    if (words.empty())
        return false;
    // ("<chapeau> / Claire Dumas / Agence France-Presse / Publié le ...": the agency's name, read as the text's tag
    // already, signs the text with the author as the paper's does.)
    static const LexiconSection& organisations = any_language_section("organisation_words");
    return outlet.repeats > 0 || p.role[i + 1] == Role::source_tag ||
           (words.size() >= 2 && organisations.has(text::lower(words.back()))) || outlet_group_line(outlet);
}

std::vector<std::string_view> outlet_shape(const Block& b) {
    const int most_outlet_words = 4;
    if (b.words == 0 || b.words > most_outlet_words || b.digits > 0 || b.end_punct || !text::starts_upper(b.text))
        return {};
    // (Its first and last words capitalised, small words between: "Courrier du Port".)
    auto words = text::split_ws(b.text);
    if (words.empty() || !text::starts_upper(words.back()))
        return {};
    return words;
}

bool outlet_group_line(const Block& b) {
    // (The shape first, asked of the block's counts and first byte: most lines stop there.)
    const auto words = outlet_shape(b);
    static const LexiconSection& groups = any_language_section("outlet_group_words");
    return words.size() >= 2 && groups.has(text::lower(words.back()));
}

namespace {

// "Lucy Hale" / "BBC News, Manchester", "Anna Keller" / "Hafen Zeitung, Kiel", "Marie Dupont" / "Nord Matin, Lille":
// the line under the name is the newsroom the author writes for and the place filed from: an outlet's name
// (outlet_shape(), closed by the noun of a paper's, a station's or a broadcaster's name: lexicon sections
// outlet_name_words, outlet_group_words; or an acronym, an agency), a comma, then one or two capitalised words; the
// page's date line stands a few lines over the name or right under the desk (the share buttons may stand between).
bool desk_place_under(const Page& p, std::size_t i) {
    const std::size_t most_place_words = 2, most_lines_over = 4;
    const std::vector<Block>& blocks = p.blocks;
    if (i + 1 >= blocks.size())
        return false;
    const Block& desk = blocks[i + 1];
    const std::size_t comma = desk.text.find(", ");
    // (The comma first: most lines under a name have none.)
    if (comma == std::string::npos || desk.digits > 0 || desk.end_punct || desk.blank_before)
        return false;
    const auto place = text::split_ws(std::string_view(desk.text).substr(comma + 2));
    if (place.empty() || place.size() > most_place_words ||
        !std::all_of(place.begin(), place.end(), [](std::string_view w) { return text::starts_upper(w); }))
        return false;
    const auto outlet = text::split_ws(std::string_view(desk.text).substr(0, comma));
    static const LexiconSection& papers = any_language_section("outlet_name_words");
    static const LexiconSection& groups = any_language_section("outlet_group_words");
    // ("Lucy Hale" / "RTE, Cork", "Ana Ruiz" / "RTVE, Sevilla": a broadcaster's acronym alone, two to six capitals,
    // or an agency's name is an outlet too.)
    const std::size_t least_acronym = 2, most_acronym = 6;
    auto acronym = [&] {
        const std::string_view w = outlet.front();
        return outlet.size() == 1 && w.size() >= least_acronym && w.size() <= most_acronym &&
               std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    const bool named_outlet = outlet.size() >= 2 && outlet.size() <= 4 && text::starts_upper(outlet.front()) &&
                              (papers.has(text::lower(outlet.back())) || groups.has(text::lower(outlet.back())));
    if (!named_outlet && !(!outlet.empty() && (acronym() || agency_id(std::string_view(desk.text).substr(0, comma)))))
        return false;
    const bool dated_under = i + 2 < blocks.size() && p.role[i + 2] == Role::date;
    bool dated_over = false;
    for (std::size_t k = i > most_lines_over ? i - most_lines_over : 0; k < i && !dated_over; ++k)
        dated_over = p.role[k] == Role::date;
    return dated_under || dated_over;
}

// "Jane Roe / Fri 5 Dec 2026 14.47 GMT / <entry> / Share / Jane Roe / Fri 5 Dec 2026 14.30 GMT / <entry> / ...",
// "Anna Muster / 05.12.2026, 14:47 Uhr / <entry> / ...": a live blog's writer, her name printed over the date line
// stamping each entry (given that role), three times at least: the name is the blog's byline. (A name printed once
// over a date is the byline's neighbour rules' to read.)
bool name_over_entry_dates(const Page& p, std::size_t i) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t least_entries = 3;
    const int most_words = 4;
    const Block& name = blocks[i];
    if (name.repeats + 1 < static_cast<int>(least_entries) || name.words < 2 || name.words > most_words ||
        name.end_punct || i + 1 >= blocks.size() || p.role[i + 1] != Role::date)
        return false;
    std::size_t entries = 0;
    for (std::size_t j = 0; j + 1 < blocks.size() && entries < least_entries; ++j)
        entries += blocks[j].text == name.text && p.role[j + 1] == Role::date;
    return entries >= least_entries;
}

// The line under `i` tells that its names are the author's: the reading time, or the follow button over the date or
// the reading time, or the post's categories over the date, or a job title, or the author's own address or handle.
bool known_by_next(const Page& p, std::size_t i) {
    const std::vector<Block>& blocks = p.blocks;
    if (i + 1 >= blocks.size())
        return false;
    const std::string& next = blocks[i + 1].text;
    if (reading_time_line(blocks[i + 1]))
        return true;
    if (follow_button(next) && i + 2 < blocks.size()) {
        const std::string& after = blocks[i + 2].text;
        return reading_time_line(blocks[i + 2]) || (blocks[i + 2].words <= 8 && find_date(after, p.language));
    }
    // "Jane Roe & Max Poe" / "Energy & Environment" / "26 October 2023": the categories between the names and the date.
    if (i + 2 < blocks.size() && blocks[i + 2].words <= 8 && category_shape(blocks[i + 1]) &&
        find_date(blocks[i + 2].text, p.language) && !names_line(next))
        return true;
    // "<standfirst> / Pieter Van Damme en Sofie Claes / wo 3 dec 2026 om 09.14": the names under the headline or the
    // lede, over the page's date line, which opens with the weekday's short form.
    const bool under_head = i > 0 && (p.role[i - 1] == Role::lede || p.role[i - 1] == Role::headline);
    // "Ana Souza Lima" / "Vale Verde, SP (Folhapress)", "Anna Muster" / "Bern (SDA)": the place the author filed
    // from and the agency, alone on the line under the name, sign the text with it (place_agency_line()).
    const int most_place_words = 6;
    if (blocks[i + 1].words <= most_place_words && place_agency_line(next))
        return true;
    // ("Harriet Roe Political correspondent" / "Wed 2 Dec 2026 18.42 GMT": the job title glued after the name, over
    // a date line, as titled_name()'s under it.)
    // ("Tom Hale, News Reporter" / "Published: 14:32, 5 Dec 2026": the job title after a comma, under the headline
    // or the lede.)
    const bool dated_below = i + 1 < blocks.size() && blocks[i + 1].digits > 0 &&
                             (glued_role_line(blocks[i].text) || (under_head && comma_role_line(blocks[i].text))) &&
                             find_date(next, p.language);
    return dated_below || titled_name(p, i) || desk_place_under(p, i) || own_address_under(p, i) ||
           (under_head && short_weekday_date_line(p, i + 1)) || between_date_and_text(p, i) ||
           over_outlet_and_date(p, i) || name_over_entry_dates(p, i) || bio_over_date(p, i);
}

// "London", "Genf": a place a byline prints after a name, one capitalised word of letters that is no word of a
// language nor of a job title.
bool place_word(std::string_view w) {
    return text::starts_upper(w) && std::none_of(w.begin(), w.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '.' || c == ':' || c == '/';
           }) && stopword_languages(text::lower(w)) == 0 && !job_title_line(w);
}

// "... the last sentence of the text." / "Jean Dupont" / "(1) Ces chiffres ...": a name alone under a paragraph of
// the text signs it when the text ends there: the text's notes or the page's furniture ("Share this article") follow,
// set apart. ("Next Page" / "Pages: 1 2 3", "Related Topics" / "(31.10.2007)": a button or a heading over the next
// dated teaser; a heading may close a page too.)
bool signature(const Page& p, std::size_t i) {
    const int paragraph_words = 20, closing_sentence_words = 8;
    const std::vector<Block>& blocks = p.blocks;
    // "Marco Ferrante" / "Riproduzione riservata © 2026 - LA STAMPA", "Ana Ruiz" / "© 2026 Diario del Puerto": the
    // page's copyright line right under the name sets it apart, a blank line or not, and the text's last line over it
    // may be a short closing sentence.
    const bool over_copyright = i + 1 < blocks.size() && blocks[i + 1].text.find("\u00a9") != std::string::npos;
    if (i == 0 || blocks[i - 1].words < (over_copyright ? closing_sentence_words : paragraph_words) ||
        p.role[i] != Role::none)
        return false;
    // "John Roe." closes a reader's letter; "READ MORE", "Related Topics": a button or the heading of what follows.
    const std::string& line = blocks[i].text;
    if (line.back() == '.' || is_boilerplate_phrase(blocks[i]) ||
        std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
    // (The line over it closes a sentence: Block::end_punct, ". ! ? … : ;" past closing quotes and reference marks.)
    if (!blocks[i - 1].end_punct)
        return false;
    // The signature stands apart: "Jane Roe" / "Politik" / "Ausland" is a list of tags, "Jane Roe" / "Juval 2,
    // 39020 Kastelbell" an address.
    if (over_copyright)
        return true;
    if (i + 1 >= blocks.size() || !blocks[i + 1].blank_before)
        return false;
    if (p.terminator[i + 1])
        return true;
    // "(1) ...", "[2] ...", "* ...": the text's notes.
    const std::string& next = blocks[i + 1].text;
    return next.starts_with("(1)") || next.starts_with("[1]") || next.starts_with("* ") || next.starts_with("1)");
}

// "... the last sentence of the text." / "Von:" / "Anna Muster", "... la dernière phrase." / "Par" / "Jeanne Morel":
// a byline word alone on its line right under a line of the text closed by a stop signs the text with the names on
// the line under it, which stands after the text as a name alone there does (signature()) -> those names. (Over the
// text the byline word alone is read in mark_metadata(); this one stands past the article's region.)
std::optional<std::vector<std::string>> byline_under_text(const Page& p, std::size_t i) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_label_words = 4; // "Von:", "Un article de", "Texte et photos :"
    if (i == 0 || i + 1 >= blocks.size() || blocks[i].words > most_label_words || !textual(p.raw_quality[i - 1]) ||
        (p.role[i + 1] != Role::none && p.role[i + 1] != Role::boilerplate))
        return std::nullopt;
    if (!blocks[i - 1].end_punct || !byline_word(blocks[i].text))
        return std::nullopt;
    auto names = names_line(blocks[i + 1].text);
    // "Von:" / "Anna Muster" / "Max Roe": a run of names is a list (of people, of comments); a name whose words the
    // page prints in small letters is a topic.
    if (!names || (i + 2 < blocks.size() && names_line(blocks[i + 2].text)) ||
        std::any_of(names->begin(), names->end(),
                    [&p](const std::string& name) { return common_word_on_page(p, name, false); }))
        return std::nullopt;
    return names;
}

} // namespace

bool place_line(std::string_view place) {
    const std::size_t most_place_words = 4;
    const auto words = text::split_ws(place);
    // ("The Harbour Post", "Repórter da Agência Brasil", "Envoyé spécial", "EFE": an outlet, a job or an agency.)
    if (words.empty() || words.size() > most_place_words || agency_id(place) || !place_word(words.front()) ||
        !place_word(words.back()))
        return false;
    // ("Rio de Janeiro", "Sant Cugat del Vallès": a small word of a language may join the place's words.)
    return std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return place_word(w) || (!text::starts_upper(w) && stopword_languages(text::lower(w)) != 0);
    });
}

std::string_view without_closing_place(std::string_view names) {
    for (const std::string_view mark : {" - ", " \u2013 ", " \u2014 "})
        if (const std::size_t at = text::rfind_mark(names, mark); at != std::string_view::npos && at > 0)
            // ("Jane Roe - The Harbour Post", "Ana Ruiz - EFE": an outlet or an agency is read with the name's piece.)
            return place_line(text::trim(names.substr(at + mark.size()))) ? text::trim(names.substr(0, at)) : names;
    return names;
}

bool camel_handle(std::string_view w) {
    const std::size_t shortest_part = 3;
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (w.size() < 2 * shortest_part || !capital(w.front()))
        return false;
    std::size_t second = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
        if (small(w[k]))
            continue;
        if (!capital(w[k]) || second != 0)
            return false;
        second = k;
    }
    return second >= shortest_part && w.size() - second >= shortest_part;
}

std::optional<std::string> handle_before_date(std::string_view line, std::string_view language) {
    const auto words = text::split_ws(line);
    if (words.size() < 2)
        return std::nullopt;
    // ("JaneRoe 17.10.2019": a glued name needs no mark before the date, but the date's day in full: "TechWeek April
    // 2021" is an event's name.)
    const bool camel = camel_handle(words[0]);
    const bool marked = words.size() >= 3 && separator(words[1]);
    if (!(camel || (handle_name(words[0]) && marked)))
        return std::nullopt;
    const std::string_view first = words[marked ? 2 : 1];
    const auto rest = static_cast<std::size_t>(first.data() - line.data());
    const auto lead = leading_date(line.substr(rest), language);
    const std::size_t day_size = 10; // "2019-10-17"
    if (!lead || (camel && lead->iso.size() < day_size))
        return std::nullopt;
    return std::string(words[0]);
}

namespace {

// "Jane Roe, PhD", "Anna Muster, Dr. med.", "Jeanne Morel": the name on an author's card, without the degrees after its
// last comma (a comma closing the line dropped too: "Jane Roe, PhD," leads to the next card).
std::optional<std::string> card_name(std::string_view line) {
    std::string_view s = text::trim(line);
    if (s.ends_with(','))
        s.remove_suffix(1);
    if (const std::size_t comma = s.rfind(','); comma != std::string_view::npos) {
        const auto degrees = text::split_ws(s.substr(comma + 1));
        if (degrees.empty() || !std::all_of(degrees.begin(), degrees.end(), [](std::string_view w) { return degree_word(w); }))
            return std::nullopt;
        s = text::trim(s.substr(0, comma));
    }
    return name_line(without_opening_titles(s));
}

} // namespace

void mark_author_cards(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    static const LexiconSection& links = any_language_section("author_card_links");
    const int fewest_words = 4, most_words = 8;
    std::vector<std::string> names;
    std::vector<std::size_t> lines;
    for (std::size_t i = 1; i < blocks.size(); ++i) {
        // (A line of a link's words, few of them, and of a link's size: most lines are settled by their counts and
        // the section's sketch, without a look-up.)
        const Block& b = blocks[i];
        if (b.words < fewest_words || b.words > most_words || b.digits > 0 || !links.has(b.lower))
            continue;
        // The name over the institution's line over the link (an institution may read as a name: "Harbour
        // University"; the card opens with the name), or right over the link.
        std::optional<std::string> name;
        std::size_t at = i;
        for (const std::size_t over : {std::size_t{2}, std::size_t{1}}) {
            const auto open = [&p](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
            if (over > i || !open(i - over) || (over == 2 && !open(i - 1)))
                continue;
            at = i - over;
            if ((name = card_name(blocks[at].text)))
                break;
        }
        if (!name)
            continue;
        if (std::find(names.begin(), names.end(), *name) == names.end()) {
            names.push_back(std::move(*name));
            lines.push_back(at);
        }
    }
    if (names.empty())
        return;
    for (const std::size_t k : lines)
        p.role[k] = Role::byline;
    for (auto& name : names)
        if (!agency_id(name))
            p.article.authors.push_back(std::move(name));
}

namespace {

// "lpedraza", "anna_berg", "J.Roe2": a handle's word after its "@", ASCII letters, figures, dots and underscores.
bool handle_word(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.';
    });
}

// "da Agência Brasil", "de EFE", "for Reuters": a word of origin (lexicon section agency_origin_words) and an
// agency's name after it -> the agency's words as printed.
std::optional<std::string_view> agency_after_origin(const std::vector<std::string_view>& words) {
    static const LexiconSection& origins = any_language_section("agency_origin_words");
    if (words.size() < 2 || !origins.has(text::lower(words.front())))
        return std::nullopt;
    const std::string_view rest(words[1].data(),
                                static_cast<std::size_t>(words.back().data() + words.back().size() - words[1].data()));
    if (!agency_id(rest))
        return std::nullopt;
    return rest;
}

} // namespace

std::optional<std::vector<std::string>> names_over_date(std::string_view line) {
    std::string_view s = text::trim(line);
    // "Anna Muster,": the comma that led to the date under it.
    if (s.ends_with(','))
        s.remove_suffix(1);
    // "Lucía Pedraza @lpedraza", "Anouk Verhoef - @anoukv": the author's handle after the name is no part of it (as
    // after a byline's label), nor the dash or bar before it; a handle alone names nobody here.
    if (const std::size_t at = text::rfind_mark(s, " @");
        at != std::string_view::npos && at > 0 && s.size() > at + 2 && handle_word(s.substr(at + 2))) {
        s = text::trim(s.substr(0, at));
        for (const std::string_view mark : {" -", " |", " \u2013", " \u2014"})
            if (s.ends_with(mark)) {
                s = text::trim(s.substr(0, s.size() - mark.size()));
                break;
            }
    }
    // ("Jane Roe, Senior Reporter" over a date: a team's entry, whose title names_line() drops.)
    if (job_title_line(s))
        return std::nullopt;
    // "Ana Ruiz. Madrid", "Mario Rossi. Roma": the place it was written in after a stop closing the name (a stop
    // inside a name, "Jane M. Roe", leaves no place word after it).
    if (const std::size_t stop = text::rfind_mark(s, ". "); stop != std::string_view::npos && stop > 0) {
        const std::string_view place = text::trim(s.substr(stop + 2));
        if (place.find(' ') == std::string_view::npos && place_word(place))
            if (auto name = name_line(s.substr(0, stop)))
                return std::vector<std::string>{*name};
    }
    if (auto names = names_line(s))
        return names;
    // "Ana Ruiz / Pedro Gil", "Mario Rossi / Anna Bianchi": two names joined by a slash on one line.
    if (auto names = slashed_names_line(s))
        return names;
    // "Lucía Gómez | Madrid", "Marco Bianchi - Roma": the place it was written in, after a bar or a dash between
    // spaces closing the names; "Alejandra Ruvalcaba | El Heraldo del Valle", "Marco Bianchi - Il Corriere del Lago":
    // the outlet the author writes for, after the one name (outlet_after_name()).
    for (const std::string_view mark : {" | ", " \u00a6 ", " - ", " \u2013 ", " \u2014 "})
        if (const std::size_t at = text::rfind_mark(s, mark); at != std::string_view::npos && at > 0) {
            const std::string_view place = text::trim(s.substr(at + mark.size()));
            const std::string_view before = text::trim(s.substr(0, at));
            if ((place.find(' ') == std::string_view::npos && place_word(place)) ||
                (outlet_after_name(place, before) && name_line(before))) {
                s = before;
                break;
            }
        }
    // "Lucía Pedraza y Javier Romero | Madrid", "Anna Muster und Lena Brandt - Bern": names joined by a joiner before
    // the place.
    if (s.size() < text::trim(line).size())
        if (auto names = names_line(s))
            return names;
    // "Jeanne Dupont / ATS", "Anna Muster / dpa", "Ana Ruiz / Agencia EFE": the agency the author wrote with, after a
    // slash closing the names (returned among them: an agency's id is the source tag's); "Ana Ruiz / Agencia
    // Tributaria", "Anna Muster / Universität Bern": another organisation there is no author, and no source;
    // "Alejandra Ruvalcaba / El Heraldo del Valle", "Marco Bianchi / Il Corriere del Lago": nor is the outlet the
    // author writes for after the one name, as after a bar (outlet_after_name()).
    std::optional<std::string> agency;
    if (const std::size_t at = text::rfind_mark(s, " / "); at != std::string_view::npos && at > 0) {
        const std::string_view after = text::trim(s.substr(at + 3));
        const std::string_view before = text::trim(s.substr(0, at));
        if (named_agency(after))
            agency = std::string(after);
        if (agency || organisation_name(after) || (outlet_after_name(after, before) && name_line(before)))
            s = before;
    }
    // "Markus Muster, London, Beat Roe": a lone capitalised word after a name is the place it was written in;
    // "Jeanne Dupont (Lausanne)", "Jeanne Dupont, à Berne", "Anna Muster, in Bern": the place in a parenthesis after
    // the name or after a preposition of the place filed from (lexicon section filed_from_words); "Jeanne Dupont,
    // ATS": the agency.
    static const LexiconSection& filed_from = any_language_section("filed_from_words");
    std::vector<std::string> names;
    std::size_t from = 0;
    while (from <= s.size()) {
        std::size_t comma = s.find(',', from);
        if (comma == std::string_view::npos)
            comma = s.size();
        std::string_view piece = text::trim(s.substr(from, comma - from));
        if (const std::size_t open = text::rfind_mark(piece, " (");
            open != std::string_view::npos && piece.ends_with(')')) {
            const auto inside = text::split_ws(piece.substr(open + 2, piece.size() - open - 3));
            const std::size_t most_place_words = 2;
            // "Mario Rossi (ANSA)", "Anna Muster (dpa)", "Jeanne Dupont (afp)": the agency in the parenthesis, in
            // capitals or small letters, kept with its parentheses as printed (the source tag's raw text);
            // "Ana Ruiz (Enviada especial a Kiev)", "Mario Rossi (inviato a Kiev)": the reporter's post, a job title
            // opening it (job_title_line()).
            const bool agency_inside = inside.size() == 1 && agency_id(inside[0]);
            if (agency_inside)
                agency = std::string(piece.substr(open + 1));
            if (agency_inside || (!inside.empty() && job_title_line(inside[0])) ||
                (!inside.empty() && inside.size() <= most_place_words &&
                 std::all_of(inside.begin(), inside.end(), place_word)))
                piece = text::trim(piece.substr(0, open));
        }
        const auto words = text::split_ws(piece);
        if (job_title_line(piece))
            return std::nullopt;
        if (auto name = name_line(piece)) {
            names.push_back(*name);
        } else if (names.empty()) {
            return std::nullopt;
        } else if (words.size() == 1 && agency_id(piece)) {
            agency = std::string(piece);
        } else if (auto origin = agency_after_origin(words)) {
            // "Joana Vilaça, da Agência Brasil", "Ana Ruiz, de EFE": the agency the author writes for, after a word
            // of origin (lexicon section agency_origin_words), kept as printed without it.
            agency = std::string(*origin);
        } else if (!(words.size() == 1 && place_word(piece)) &&
                   !(words.size() == 2 && filed_from.has(text::lower(words[0])) && place_word(words[1]))) {
            return std::nullopt;
        }
        from = comma + 1;
    }
    if (agency && !names.empty())
        names.push_back(std::move(*agency));
    if (names.empty())
        return std::nullopt;
    return names;
}

std::vector<std::size_t> coauthors_over_titles(const Page& p, std::size_t first) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_title_words = 10;
    auto job_at = [&](std::size_t k) {
        return k < blocks.size() && blocks[k].words <= most_title_words && blocks[k].text.back() != '.' &&
               (job_title_line(blocks[k].text) || contributor_role_line(blocks[k]));
    };
    // The one name on line k + 2, between the job title over it and its own under it.
    auto pair_after = [&](std::size_t k) {
        if (!job_at(k + 1) || k + 2 >= blocks.size() || p.role[k + 2] != Role::none || !job_at(k + 3))
            return false;
        const auto more = names_line(blocks[k + 2].text);
        return more && more->size() == 1 && !common_word_on_page(p, more->front(), true);
    };
    const std::size_t most_further = 2;
    std::vector<std::size_t> lines;
    std::size_t k = first;
    while (lines.size() < most_further && pair_after(k)) {
        k += 2;
        lines.push_back(k);
    }
    // (A longer run of names and titles is a team's list.)
    if (pair_after(k))
        lines.clear();
    return lines;
}

bool masthead_again(const Page& p, std::size_t k) {
    // (Under a headline or a standfirst, a line of more words than a menu's entry: "Sixers" / "Phillies" / "Sixers"
    // is a menu printed twice.)
    const int most_site_words = 3;
    return k > 0 && p.blocks[k].words <= most_site_words && p.blocks[k - 1].words > most_site_words &&
           printed_above(p, k, p.blocks[k].text);
}

namespace {

// "Carlos Ruiz" / "Elena Sanz de la Vega" / "Madrid - 03 dic 2026 - 10:32 CET" at line `i`: one name alone on each of
// two lines (bare_name() of two to four words, no word the page prints elsewhere in small letters or inside its
// sentences), the date line under them, the headline, the standfirst or a picture's caption or credit over them.
std::optional<std::vector<std::string>> names_pair_over_date(const Page& p, std::size_t i) {
    const int most_name_words = 5, most_date_words = 12;
    const std::vector<Block>& blocks = p.blocks;
    if (i == 0 || i + 2 >= blocks.size() || p.role[i + 2] != Role::date || p.role[i + 1] != Role::none ||
        blocks[i].words > most_name_words || blocks[i + 1].words > most_name_words || blocks[i].end_punct ||
        blocks[i + 1].end_punct || blocks[i + 2].words > most_date_words)
        return std::nullopt;
    const Role above = p.role[i - 1];
    // ("Ana García" / "Diario del Alto Puerto" / <date>: the author's paper under the name, over_outlet_and_date().)
    if ((above != Role::lede && above != Role::headline && above != Role::caption && above != Role::credit) ||
        over_outlet_and_date(p, i))
        return std::nullopt;
    // ("Inés Roig" / "Diario del Alto Turia": a name of an organisation's word, the first or the last, is a paper's.)
    static const LexiconSection& organisations = any_language_section("organisation_words"); // (merged once)
    const auto second = text::split_ws(blocks[i + 1].text);
    if (second.empty() || organisations.has(text::lower(second.front())) ||
        organisations.has(text::lower(second.back())))
        return std::nullopt;
    auto one = names_line(blocks[i].text);
    auto two = names_line(blocks[i + 1].text);
    if (!one || !two || one->size() != 1 || two->size() != 1 || common_word_on_page(p, one->front(), true) ||
        common_word_on_page(p, two->front(), true))
        return std::nullopt;
    return std::vector<std::string>{one->front(), two->front()};
}

} // namespace

void mark_names_by_neighbours(Page& p, std::size_t from, std::size_t re) {
    const std::size_t signature_lines = 3;
    const std::size_t to = re + signature_lines;
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    if (!a.authors.empty() || std::find(p.role.begin(), p.role.end(), Role::byline) != p.role.end())
        return;
    const int most_words = 12;
    // "Old pier" / "Jane Roe" / "4 min read" / "New boats" / "John Doe" / "6 min read": lines so known naming other
    // people are a list of teasers' or of a team's: the first is taken when every other names the same.
    std::optional<std::size_t> first;
    std::vector<std::string> first_names;
    for (std::size_t i = from; i < blocks.size() && i <= to; ++i) {
        if ((p.role[i] != Role::none && p.role[i] != Role::boilerplate) || blocks[i].words > most_words ||
            p.terminator[i])
            continue;
        // "<standfirst> / Andrés M. Quiroga / Elena Sanz de la Vega / Madrid - 03 dic 2026 - 10:32 CET": two lines of
        // one name each right over the date line, under the head (no name over them), are the co-authors.
        if (auto pair = first ? std::nullopt : names_pair_over_date(p, i)) {
            p.role[i] = Role::byline;
            p.role[i + 1] = Role::byline;
            a.authors = std::move(*pair);
            return;
        }
        if (auto signed_names = first ? std::nullopt : byline_under_text(p, i)) {
            p.role[i] = Role::byline;
            p.role[i + 1] = Role::byline;
            a.authors = std::move(*signed_names);
            return;
        }
        // (Both readings of names below want the line's first word capitalised: most lines are turned away here,
        // the word read without a vector.)
        std::size_t at = 0;
        if (const std::string_view opening = text::next_token(blocks[i].text, at);
            opening.empty() || !text::starts_upper(opening))
            continue;
        std::optional<std::vector<std::string>> names;
        // ("10.12.2022 18:27 von" / "Anna Muster": the short date line over the names is no menu's entry.)
        bool under_dated_byline_word = false;
        if (auto name = name_before_age(blocks[i].text)) {
            names = std::vector<std::string>{*name};
        } else {
            // ("<caption>." / "MARTA GIL" / "Jorge Salinas" / "Toledo - 04 dic 2026": a name between the picture's
            // credit, read with the media, and the date line signs the text.)
            const bool credited_over_date = i > 0 && p.role[i - 1] == Role::credit && i + 1 < blocks.size() &&
                                            p.role[i + 1] == Role::date;
            const bool known = known_by_next(p, i) || signature(p, i) || credited_over_date;
            under_dated_byline_word = !known && date_line_closed_by_byline_word(p, i);
            if (!(known || under_dated_byline_word) ||
                !(names = names_line(blocks[i].text)))
                continue; // (the neighbours first: reading a line's names costs more, and few lines pass them)
        }
        // "Jane Roe" / "John Doe" / "11 min read": a run of names is a list (of comments, of people); "Ferries" /
        // "Jane Roe": a menu's entry; a name whose words the page prints in small letters or inside its sentences is
        // a topic.
        // (The paper's name under the name, over the date line, is no second name: over_outlet_and_date().)
        // ("Ouest-Breizh" / "Yann Kerhervé." / "Publié le ...": the site's name that the page printed higher up, its
        // masthead, printed again over the name is no name of a run: masthead_again().)
        // ("<caption>." / "MARTA GIL" / "Jorge Salinas" / "Toledo - 04 dic 2026": the picture's credit over the name,
        // read as such with the media, is no name of a run either.)
        const bool run = (i > 0 && p.role[i - 1] != Role::credit && !masthead_again(p, i - 1) &&
                          names_line(blocks[i - 1].text)) ||
                         (i + 1 < blocks.size() && names_line(blocks[i + 1].text) && !over_outlet_and_date(p, i));
        // ("Point de vue" / "Jean Roy" / "Collaboration spéciale": an opinion's label of a few words over the name is
        // no menu's entry where the line under it gives an outside contributor's role; "Share" / "Save" / "Tom Hale" /
        // "Business reporter", "Teilen" / "Anna Berg" / "Korrespondentin in Paris": nor are the share buttons over
        // the name where the line under it is the writer's job title: titled_name(); "Save" / "Lucy Hale" / "BBC News,
        // Manchester": nor where it gives the writer's desk and the place filed from, desk_place_under().)
        const bool contributor = i + 1 < blocks.size() &&
                                 (contributor_role_line(blocks[i + 1]) || titled_name(p, i) || desk_place_under(p, i));
        // ("<standfirst naming the writer> / Hélène Roux / Économiste, professeure à ... / <date>": a name over the
        // writer's bio and the date is the byline, though the standfirst names the writer in its sentence.)
        if (run || (!under_dated_byline_word && !contributor && in_menu(p, i)) ||
            (!bio_over_date(p, i) && std::any_of(names->begin(), names->end(), [&p](const std::string& name) {
                return common_word_on_page(p, name, true);
            })))
            continue;
        if (!first) {
            first = i;
            first_names = std::move(*names);
        } else if (*names != first_names) {
            return;
        }
    }
    if (!first)
        return;
    p.role[*first] = Role::byline;
    // (The writer's bio under the name leaves with the page's lines: no paragraph of the text.)
    if (p.role[*first + 1] == Role::none && bio_over_date(p, *first))
        p.role[*first + 1] = Role::boilerplate;
    if (first_names.size() == 1)
        for (const std::size_t k : coauthors_over_titles(p, *first)) {
            p.role[k] = Role::byline;
            first_names.push_back(names_line(blocks[k].text)->front());
        }
    a.authors = std::move(first_names);
}

} // namespace archive
