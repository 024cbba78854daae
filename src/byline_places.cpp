// Authors' names by where they stand: a line of names alone right under the article's date line, a byline naming a
// first name or a handle right under the headline, a line far under the text that signs the post by itself. (Names
// over a date line are read in classify_meta.cpp, names known by other neighbours in byline_neighbours.cpp.)
#include "classify.hpp"
#include "meta_parts.hpp"
#include "page.hpp"

#include "byline_desks.hpp"
#include "bylines.hpp"
#include "clock_times.hpp"
#include "lexicon.hpp"
#include "opinion_bylines.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace archive {

namespace {

// ",", "|", "·": a mark left alone on a line between a date and the name that signs it (a comma, or a mark of the
// lexicon section credit_separator_marks).
bool lone_mark(std::string_view line) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    return line == "," || (marks != nullptr && marks->has(line));
}

// An author or a byline line is known already: the rules below read what a page without one prints.
bool signed_already(const Page& p) {
    return !p.article.authors.empty() || std::find(p.role.begin(), p.role.end(), Role::byline) != p.role.end();
}

// The headline's line on a page no author or byline signs yet, else nullopt: where the rules reading the lines beside
// the headline for a lone name begin.
std::optional<std::size_t> unsigned_headline(const Page& p) {
    if (signed_already(p))
        return std::nullopt;
    const auto head = std::find(p.role.begin(), p.role.end(), Role::headline);
    if (head == p.role.end())
        return std::nullopt;
    return static_cast<std::size_t>(head - p.role.begin());
}

} // namespace

std::optional<std::size_t> byline_after_date(std::string_view line, std::size_t date_end) {
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words"); // ("Uhr", "pm", "UTC")
    // "05.02.2021, 14:30 Uhr - Text:": the marks and the words of the time between the date and the label.
    const std::size_t most_skipped = 4;
    std::size_t at = date_end;
    for (std::size_t skipped = 0; skipped <= most_skipped; ++skipped) {
        const std::string_view w = text::next_token(line, at);
        if (w.empty())
            return std::nullopt;
        std::string low = text::lower(w);
        if (date_separator(w) || (fillers != nullptr && fillers->has(low)))
            continue;
        // "Redaktion:", "Rédaction :": the label's colon, glued to it or a token of its own.
        bool colon = low.size() > 1 && low.back() == ':';
        if (colon)
            low.pop_back();
        else
            colon = text::next_token(line, at) == ":";
        // ("05.02.2021 - Text Outline Colour": "Text", "Redaktion" name the author only before a colon.)
        const bool label = colon_only_label(low) ? colon : any_language_has("byline", low);
        if (!label)
            return std::nullopt;
        return static_cast<std::size_t>(w.data() - line.data());
    }
    return std::nullopt;
}

namespace {

// The names alone on the line right under the run of dates that opens with the date line `i` (past the dates and
// their short labels under it, `dated` telling a date line, and a lone comma or bar), unless a run of names goes on
// under them or the page prints them as words of its sentences; `fewest_dates` date lines in the run at least.
std::optional<std::vector<std::string>> names_under_dates(Page& p, std::size_t i, const auto& dated,
                                                          std::size_t fewest_dates) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t most_labels = 4;
    std::size_t dates = 1;
    // "<headline> / <standfirst> / Mis à jour il y a 2 heures" / "" / "Sylvie Monney-Chappuis": a date line right
    // under the head's standfirst or headline heads the article's head, and the name under it signs the text even
    // set apart by a blank line (as a menu's line under a date line is not).
    const bool in_head = i > 0 && (p.role[i - 1] == Role::lede || p.role[i - 1] == Role::headline);
    for (std::size_t k = 0; k < most_labels && i + 1 < blocks.size(); ++k) {
        const Block& next = blocks[i + 1];
        const bool label = !next.blank_before && next.words <= 3 && next.digits == 0 && i + 2 < blocks.size() &&
                           dated(i + 2);
        if (!dated(i + 1) && !label)
            break;
        i += label ? 2 : 1;
        ++dates;
    }
    if (dates < fewest_dates)
        return std::nullopt;
    // "Dienstag, 14. März 2023 09:42" / "," / "Anna Muster": a mark alone between them. The name stands right
    // under them, no blank line between ("Thursday, 9 November 2023" / "" / "Today's Paper": a menu under the date).
    std::size_t at = i + 1;
    if (at < blocks.size() && p.role[at] == Role::none && !blocks[at].blank_before && lone_mark(blocks[at].text))
        ++at;
    if (at >= blocks.size() || (blocks[at].blank_before && !(in_head && at == i + 1)) ||
        (p.role[at] != Role::none && p.role[at] != Role::boilerplate) ||
        p.terminator[at])
        return std::nullopt;
    // "Jane Roe" / "Donate" / "Account": an entry of a menu going on under it (the line under a byline is blank, a
    // line of the text or a longer one). ("Joana Bettencourt" / "Partilhar", "Jane Roe" / "Share": the share button
    // under the byline, lexicon section share_buttons, is no menu's entry.)
    const int most_entry_words = 4;
    static const LexiconSection& share_buttons = any_language_section("share_buttons"); // (merged once)
    // (A name set apart over the lines under it too: a line alone, as a byline stands.)
    if (blocks[at].blank_before && at + 1 < blocks.size() && !blocks[at + 1].blank_before)
        return std::nullopt;
    if (at + 1 < blocks.size() && !blocks[at + 1].blank_before && blocks[at + 1].words <= most_entry_words &&
        p.role[at + 1] != Role::date && !blocks[at + 1].end_punct && !blocks[at + 1].text.starts_with('#') &&
        !share_buttons.has(blocks[at + 1].lower))
        return std::nullopt;
    auto names = names_line(blocks[at].text);
    if (!names)
        return std::nullopt;
    // "3 May 2021" / "Jane Roe" / "John Doe": a run of names is a list of people; a name whose words the page prints in
    // small letters or inside its sentences is a topic or a place ("3 May 2021" / "New Harbour").
    if ((at + 1 < blocks.size() && names_line(blocks[at + 1].text)) ||
        std::any_of(names->begin(), names->end(),
                    [&p](const std::string& name) { return common_word_on_page(p, name, true); }))
        return std::nullopt;
    // "Radio Lorval" in the menu over the headline and again under the date: the site's name or a menu's entry.
    const std::string& text = blocks[at].text;
    const auto head = std::find(p.role.begin(), p.role.end(), Role::headline);
    if (std::any_of(blocks.begin(), blocks.begin() + (head - p.role.begin()),
                    [&text](const Block& b) { return b.text == text; }))
        return std::nullopt;
    p.role[at] = Role::byline;
    return names;
}

} // namespace

std::optional<std::string> name_beside_desk(std::string_view line) {
    static const LexiconSection* marks = common_lexicon().section("desk_join_words"); // (looked up once)
    const auto words = text::split_ws(line);
    const auto mark = std::find_if(words.begin(), words.end(),
                                   [](std::string_view w) { return marks != nullptr && marks->has(w); });
    if (mark == words.end() || std::find_if(mark + 1, words.end(), [](std::string_view w) {
                                   return marks != nullptr && marks->has(w);
                               }) != words.end())
        return std::nullopt;
    const std::vector<std::string_view> left(words.begin(), mark), right(mark + 1, words.end());
    if (!left.empty() && !right.empty() && desk_signature(join_words(left)) && bare_name(right))
        return join_words(right);
    if (!left.empty() && !right.empty() && bare_name(left) && desk_signature(join_words(right)))
        return join_words(left);
    return std::nullopt;
}

namespace {

// "Redação Costeira" / "4 de dezembro de 2026", "04.12.2026" / "Redaktion Lokales", "Rédaction Web" / "Publié le 3
// mai 2026": a newsroom's desk alone on a short line (four words at most) opening with the desk's word (desk_word())
// right over or under the page's first date line (at `date`) signs the text as it does after a byline's label ("Por
// Redação Costeira"): the desk as printed (desk_signature()) is the byline's name; a desk beside a person's name
// ("Redacción / Ana Ruiz": name_beside_desk()) gives the person's. Not an entry of a menu: the line's
// other neighbour is set apart by a blank line or has a role of the article's head (a menu's entries are glued to one
// another, without a role).
bool desk_beside_date(Page& p, std::size_t date) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_words = 4, most_pair_words = 8;
    for (const std::size_t k : {date - 1, date + 1}) {
        if (date == 0 || k >= blocks.size())
            continue;
        const Block& b = blocks[k];
        const Role r = p.role[k];
        // ("Redacción / Ana Ruiz": a desk and a person parted by a mark, name_beside_desk().)
        const bool pair = b.separators > 0 && b.words <= most_pair_words;
        if ((r != Role::none && r != Role::byline && r != Role::boilerplate) || b.words == 0 ||
            (b.words > most_words && !pair) || b.digits > 0 || b.end_punct || b.urls > 0 || (b.separators > 0 && !pair))
            continue;
        const auto words = text::split_ws(b.text);
        std::optional<std::string> person = pair ? name_beside_desk(b.text) : std::nullopt;
        if (words.empty() || (pair ? !person : !desk_word(words.front())))
            continue;
        // (the neighbour on the side away from the date, and the blank line between them)
        const bool over = k < date;
        const std::size_t other = over ? k - 1 : k + 1;
        const bool apart = over ? b.blank_before : b.blank_after;
        const bool menu = !apart && (over ? k > 0 : other < blocks.size()) &&
                          (p.role[other] == Role::none || p.role[other] == Role::boilerplate) &&
                          blocks[other].words <= most_words && !blocks[other].end_punct;
        if (menu)
            continue;
        auto desk = person ? std::move(person) : desk_signature(b.text);
        if (!desk)
            continue;
        p.role[k] = Role::byline;
        p.article.authors = {std::move(*desk)};
        return true;
    }
    return false;
}

// "Mathieu Lafrenière-Ouimet" / "Le Riverain de l'Outaouais" / "3 décembre 2026 à 16 h 45", "Jane Roe" / "The Harbour
// Courier" / "December 3, 2026": a person's bare name over a short line of the paper, desk or agency the author writes
// for (capitalised, no stop nor figure, no person's name unless a paper's word is in it) over the page's first date
// line (at `date`), the three glued together and set apart from the lines over them, under the headline: the name
// signs the text -> marked.
bool name_over_affiliation(Page& p, std::size_t date) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_affiliation_words = 6, most_names_words = 8;
    if (date < 2)
        return false;
    const std::size_t outlet = date - 1, name = date - 2;
    const auto free = [&p](std::size_t k) {
        return (p.role[k] == Role::none || p.role[k] == Role::boilerplate) && !p.terminator[k];
    };
    const Block& o = blocks[outlet];
    const Block& n = blocks[name];
    if (blocks[date].blank_before || o.blank_before || !n.blank_before || !free(outlet) || !free(name) ||
        o.words == 0 || o.words > most_affiliation_words || o.end_punct || o.digits > 0 || o.urls > 0 ||
        !text::starts_upper(o.text) || n.words < 2 || n.words > most_names_words || n.end_punct || n.digits > 0)
        return false;
    const auto head = std::find(p.role.begin(), p.role.end(), Role::headline);
    if (head == p.role.end() || static_cast<std::size_t>(head - p.role.begin()) >= name)
        return false;
    // ("Jane Roe" / "John Doe" / date: a run of names, each its own line; "Diario del Alto Turia", "The Westbay
    // Gazette" read as names hold a word of a paper's or a body's name, lexicon section organisation_words.)
    static const LexiconSection& bodies = any_language_section("organisation_words");
    const auto& outlet_words = o.lower_words();
    const bool body = std::any_of(outlet_words.begin(), outlet_words.end(),
                                  [](std::string_view w) { return bodies.has(w); });
    auto names = names_line(n.text);
    if (!names || (!body && names_line(o.text)) ||
        std::any_of(names->begin(), names->end(),
                    [&p](const std::string& person) { return common_word_on_page(p, person, true); }))
        return false;
    p.role[name] = Role::byline;
    p.article.authors = std::move(*names);
    return true;
}

} // namespace

void mark_names_under_date(Page& p, std::size_t from, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    // The page's first date line over the end of the text; the dates right under it are its own ("Erstveröffentlichung
    // 14.03.2023" / "Letzte Aktualisierung 15.03.2023").
    std::size_t i = from;
    while (i <= re && i < blocks.size() && p.role[i] != Role::date)
        ++i;
    const bool dated = i <= re && i < blocks.size();
    if (p.article.authors.empty() && dated && desk_beside_date(p, i))
        return;
    if (signed_already(p) || (dated && name_over_affiliation(p, i)))
        return;
    const auto marked = [&p](std::size_t k) { return p.role[k] == Role::date; };
    if (dated)
        if (auto names = names_under_dates(p, i, marked, 1)) {
            p.article.authors = std::move(*names);
            return;
        }
    // "... the last sentence." / "Erstveröffentlichung" / "14.03.2023" / "Letzte Aktualisierung" / "15.03.2023" /
    // "Anna Muster": the page's box of facts right under the text, a label of the publication's date opening it, the
    // days of publication and of revision both (one date alone there may be a teaser's or a comment's), then the
    // name. (Lines past the text have no role yet: their dates are read here.)
    const std::size_t most_below = 3;
    const auto unmarked = [&p](std::size_t k) {
        const Block& b = p.blocks[k];
        return p.role[k] == Role::date ||
               (p.role[k] == Role::none && b.digits > 0 && read_dates(b.text, p.language, p.day_order).is_date_line);
    };
    for (std::size_t k = re + 1; k <= re + most_below && k + 1 < blocks.size(); ++k) {
        const Block& b = blocks[k];
        if (p.role[k] != Role::none || b.digits > 0 || b.words > 3 || !opens_date_label(text::split_ws(b.text), 0) ||
            !unmarked(k + 1))
            continue;
        if (auto names = names_under_dates(p, k + 1, unmarked, 2))
            p.article.authors = std::move(*names);
        return;
    }
}

void mark_lone_byline_under_headline(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    const auto head = unsigned_headline(p);
    if (!head)
        return;
    const std::size_t i = *head + 1;
    if (i >= blocks.size() || blocks[i].words != 2 || blocks[i].blank_before ||
        (p.role[i] != Role::none && p.role[i] != Role::boilerplate))
        return;
    // (A byline of a full name is read in mark_metadata(): here the one-word names it leaves, "von Kathrin".)
    auto names = byline_authors(blocks[i].text, p.language, true);
    if (!names || names->size() != 1 || common_word_on_page(p, names->front(), true))
        return;
    p.role[i] = Role::byline;
    a.authors = std::move(*names);
}

namespace {

// "Meinung / Markus Söder / Warum Söder jetzt gehen muss", "Opinioni / Giorgia Conte / ... ha detto Conte in
// aula.": the last word of the name over an opinion column's headline printed again in the headline or in a sentence
// under it ("Söder", "Söders", "Conte's") tells of the person in the third person: the column's topic, as no columnist
// writes of himself. (The writer's box closing the column, author_bio(), "Julia Hartmann ist Kolumnistin dieser
// Zeitung.", names its author so, and the lines of links to the author's other columns, "Mehr von Julia Hartmann",
// are no sentences.)
bool named_as_topic(const Page& p, std::size_t h, std::string_view name) {
    const int least_sentence_words = 8;
    const std::size_t space = name.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
    if (last.size() < 2)
        return false;
    auto names_last = [&](std::string_view line) {
        for (std::size_t at = line.find(last); at != std::string_view::npos; at = line.find(last, at + 1)) {
            // (The word whole, a possessive's or a genitive's ending and marks after it at most.)
            if (at > 0 && std::isalnum(static_cast<unsigned char>(line[at - 1])))
                continue;
            std::string_view rest = line.substr(at + last.size());
            const std::size_t word_end = std::min(rest.find(' '), rest.size());
            rest = rest.substr(0, word_end);
            while (!rest.empty() && std::ispunct(static_cast<unsigned char>(rest.back())))
                rest.remove_suffix(1);
            if (rest.empty() || rest == "s" || rest == "'s" || rest == "\u2019s" || rest == "\u2019")
                return true;
        }
        return false;
    };
    // ("Julia Hartmann ist Kolumnistin dieser Zeitung ...", "Giovanni Ferraris è giornalista ...": the whole name
    // opening the line, a job's word of lexicon sections bio_words or bio_profession_words within the next words.)
    static const LexiconSection& press = any_language_section("bio_words");
    static const LexiconSection& jobs = any_language_section("bio_profession_words");
    auto writers_box = [&](const Block& b) {
        const std::size_t job_within = 6;
        if (author_bio(b))
            return true;
        if (!b.text.starts_with(name) || b.text.size() <= name.size() || b.text[name.size()] != ' ')
            return false;
        const std::string after = text::lower(std::string_view(b.text).substr(name.size()));
        const auto words = text::split_ws(after, job_within);
        return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
            while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())))
                w.remove_suffix(1);
            return press.has(w) || jobs.has(w);
        });
    };
    for (std::size_t k = h; k < p.blocks.size(); ++k) {
        const Block& b = p.blocks[k];
        const bool sentence = b.end_punct && b.words >= least_sentence_words;
        if ((k == h || sentence) && names_last(b.text) && !(sentence && writers_box(b)))
            return true;
    }
    return false;
}

} // namespace

void mark_name_over_opinion_head(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    Article& a = p.article;
    const auto head = unsigned_headline(p);
    if (!head || *head < 2 || p.role[*head - 1] != Role::kicker)
        return;
    const std::size_t h = *head;
    static const LexiconSection& opinion = any_language_section("opinion_labels"); // (merged once)
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const Block& name = blocks[h - 1];
    const Block& label = blocks[h - 2];
    const int most_name_words = 4, most_label_words = 3;
    if (name.words < 2 || name.words > most_name_words || name.digits > 0 || name.end_punct || label.words < 1 ||
        label.words > most_label_words || label.end_punct || !opinion.has(text::trim(label.lower)) ||
        given == nullptr || !given->has(text::first_token(name.lower)))
        return;
    auto names = names_line(name.text);
    if (!names || names->size() != 1 || named_as_topic(p, h, names->front()))
        return;
    p.role[h - 1] = Role::byline;
    a.authors = std::move(*names);
    // (The label over the name, "TRIBUNA", "Opinie", is the column's kicker.)
    if (p.role[h - 2] == Role::none || p.role[h - 2] == Role::boilerplate)
        p.role[h - 2] = Role::kicker, a.kicker = label.text;
    else
        a.kicker.reset();
}

bool time_token(std::string_view w) {
    const std::size_t end = clock_times::clock_time_end(w, 0, ":h");
    const std::string_view after = w.substr(end);
    return end > 0 && std::none_of(after.begin(), after.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == ':' || c == '.';
           });
}

namespace {

// "Posted by Jane Roe at 18:52 Tagged with: harbour, ferries" -> "Posted by Jane Roe at 18:52": the line up to the end
// of the first time of day it prints (the facts after it, the post's tags, are no part of the byline); empty when it
// prints none.
std::string_view up_to_time(std::string_view line) {
    // A time of day prints a figure, its colon or "h" and two figures in a row (time_token()): a line without such
    // four bytes, most lines with figures ("12 Kommentare", "© 2024"), is settled without reading its tokens. (The
    // colons and the letters h are sought a search each, not byte by byte.)
    auto figure = [](char c) { return c >= '0' && c <= '9'; };
    auto clock_at = [&](std::size_t k) {
        return k > 0 && k + 2 < line.size() && figure(line[k - 1]) && figure(line[k + 1]) && figure(line[k + 2]);
    };
    bool clock = false;
    for (const char mark : {':', 'h'})
        for (std::size_t k = line.find(mark); k != std::string_view::npos && !clock; k = line.find(mark, k + 1))
            clock = clock_at(k);
    if (!clock)
        return {};
    std::size_t at = 0;
    for (std::string_view w = text::next_token(line, at); !w.empty(); w = text::next_token(line, at))
        if (time_token(w))
            return line.substr(0, at);
    return {};
}

// "Posted by Jane Roe at 18:52", "erstellt von Kira — veröffentlicht 28.01.2022 06:00", "Harald Muster Autor": a line
// that tells by itself that it signs the post: a byline printing the post's time of day, or a name closed by the
// one-word label of an author -> its names.
std::optional<std::vector<std::string>> self_evident_byline(const Page& p, const Block& b) {
    if (b.digits > 0) {
        const std::string_view stamp = up_to_time(b.text);
        if (stamp.empty())
            return std::nullopt;
        auto names = byline_authors(stamp, p.language);
        // ("erstellt von Kira — ...": a first name alone is no word the page prints in small letters.)
        if (!names || names->empty() ||
            (names->size() == 1 && names->front().find(' ') == std::string::npos &&
             common_word_on_page(p, names->front(), false)))
            return std::nullopt;
        return names;
    }
    // ("Harald Muster Autor": two to four words of a name and the label.)
    const int fewest_words = 3, most_words = 5;
    if (b.words < fewest_words || b.words > most_words)
        return std::nullopt;
    // without_closing_role() cuts from a line with no comma its last word alone, which byline_word() is then asked
    // about: a line with neither a comma nor such a last word, most lines here, is settled without being split.
    if (b.text.find(',') == std::string::npos && !byline_word(text::last_token(b.text)))
        return std::nullopt;
    const std::string_view bare = without_closing_role(b.text);
    const auto label_at = static_cast<std::size_t>(bare.data() - b.text.data()) + bare.size();
    if (label_at >= b.text.size() || !byline_word(text::trim(std::string_view(b.text).substr(label_at))))
        return std::nullopt;
    return names_line(bare);
}

} // namespace

namespace {

void far_byline(Page& p, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const int most_words = 40;
    if (signed_already(p))
        return;
    // "Reporting by Jane Roe; Editing by John Doe": a wire story's credit line closing its text.
    mark_wire_credit(p, re);
    if (signed_already(p))
        return;
    // "Jane Roe, PhD" / "Harbour University" / "Search for more papers by this author": the authors' cards.
    mark_author_cards(p);
    if (signed_already(p))
        return;
    // The lines under the text a byline may stand on: lines of no role yet or boilerplate, and the date's line
    // ("erstellt von Kira — veröffentlicht 28.01.2022 06:00": the date read off the line may have taken it).
    auto open = [&](std::size_t i) { return p.role[i] == Role::none || p.role[i] == Role::boilerplate; };
    auto readable = [&](std::size_t i) {
        return (open(i) || p.role[i] == Role::date) && blocks[i].words <= most_words && !p.terminator[i];
    };
    // The line that signs the post by itself, alone: two such lines sign comments or teasers ("Jane Roe at 18:52" /
    // "John Doe at 19:05").
    std::optional<std::size_t> found;
    std::size_t found_lines = 0;
    std::vector<std::string> names;
    for (std::size_t i = re + 1; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (!readable(i))
            continue;
        auto signed_names = self_evident_byline(p, b);
        // "Published by" / "Jane Roe" / "Jane Roe writes ... View all posts by Jane Roe": a byline word alone, the
        // names alone on the line under it and again in the line under them, an author's box ("Von:" / "Anna Muster"
        // under a teaser's title is its byline). "By" / "Jane Roe" / "John Doe": a run of names is a list.
        bool two_lines = false;
        if (!signed_names && open(i) && b.words <= 3 && i + 2 < blocks.size() && blocks[i + 1].words <= most_words &&
            open(i + 1) && may_be_byline_word(b) && byline_word(b.text)) {
            signed_names = names_line(blocks[i + 1].text);
            if (signed_names && names_line(blocks[i + 2].text))
                signed_names->clear();
            else if (signed_names && blocks[i + 2].text.find(signed_names->front()) == std::string::npos)
                signed_names.reset();
            two_lines = signed_names.has_value();
        }
        if (!signed_names)
            continue;
        if (found || signed_names->empty())
            return;
        found = i;
        names = std::move(*signed_names);
        found_lines = two_lines ? 2 : 1;
        i += found_lines - 1;
    }
    if (!found)
        return;
    // Nor is it taken when any other byline stands under the text (asked only once a line was found: most pages have
    // none, and the byline test is the costly one).
    for (std::size_t i = re + 1; i < blocks.size(); ++i) {
        if (i == *found) {
            i += found_lines - 1;
            continue;
        }
        if (!readable(i))
            continue;
        if (auto other = byline_authors(blocks[i].text, p.language); other && !other->empty())
            return;
    }
    for (std::size_t k = *found; k < *found + found_lines; ++k)
        if (p.role[k] != Role::date)
            p.role[k] = Role::byline;
    for (auto& name : names)
        if (!agency_id(name))
            p.article.authors.push_back(std::move(name));
}

} // namespace

void mark_far_byline(Page& p, std::size_t re) {
    far_byline(p, re);
    // "Revue de presse réalisée par la rédaction de Radio Lorval.": the newsroom's credit closing the text, signed or
    // not.
    mark_desk_credit(p, re);
    // "© Jane Roe": or the notice closing a personal site's page.
    mark_copyright_owner(p);
}

bool vouched_name_after_date(const Page& p, const std::string& name, std::size_t i) {
    // ("Jo_Roe": a handle's underscore vouches for it as its small letters do.)
    if (name.find(' ') != std::string::npos || !text::starts_upper(name) || name.find('_') != std::string::npos)
        return !common_word_on_page(p, name, true);
    // "MeinBlog-Autorin Kira erzählt ..." over the text, "von Kira" under a teaser of another post: the lede may name
    // the author in a sentence, and the page signs her other posts with her name alone. (A category printed in that
    // place, "3. Mai 2021 Politik 2 Kommentare", signs nothing.)
    if (common_word_on_page(p, name, false))
        return false;
    const int most_words = 4;
    for (std::size_t k = 0; k < p.blocks.size(); ++k) {
        const Block& b = p.blocks[k];
        if (k == i || b.words > most_words || b.text.find(name) == std::string::npos)
            continue;
        if (auto names = byline_authors(b.text, p.language, true); names && *names == std::vector<std::string>{name})
            return true;
    }
    return false;
}

} // namespace archive
