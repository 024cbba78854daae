// The score of a candidate title (score_title()): how many of its words the article repeats, where it stands (over a
// byline or a date, right over the text, among a menu's labels), whether the page prints it again (a title bar, a
// breadcrumb, a comment thread naming it); and what the scores read of the page, gathered once (TitleSearch: the body's
// words and the lines printing a title as a piece). Which lines are scored and in what order is in headline_choice.cpp,
// the rules preferring another line than the best-scored one in headline_rules.cpp (shared state in headline_parts.hpp).
#include "byline_desks.hpp"
#include "bylines.hpp"
#include "cjk_script.hpp"
#include "classify.hpp"
#include "contents_runs.hpp"
#include "credits_parts.hpp"
#include "dates.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "media_parts.hpp"
#include "meta_parts.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "text.hpp"
#include "word_counts.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <unordered_set>
#include <vector>

namespace archive {

// "ENVIRONMENT": every letter a capital.
bool all_capitals(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = text::next_cp(s, i);
        if (text::is_letter(cp) && !text::is_upper(cp))
            return false;
    }
    return true;
}

namespace {
bool star_rating_line(const Block& b);
} // namespace

// A line of a menu: a few words without final punctuation ("4,8", a star rating under a title, is none).
bool menu_item(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && b.words <= 4 && !b.end_punct && p.raw_quality[k] != Quality::good &&
           !(b.digits > 0 && star_rating_line(b));
}

namespace {

// "by University of Northhaven", "von der Universität Nordhafen", "par l'Université de Port-Neuf": a byline's word in
// small letters opening a short line that names an institution (lexicon sections organisation_words, body_words)
// credits the text to the body that published it under its title: no title of its own.
bool institution_byline(const Block& b) {
    const int most_words = 8;
    if (b.words < 2 || b.words > most_words || b.end_punct || b.text.empty() ||
        !(b.text[0] >= 'a' && b.text[0] <= 'z') || !may_be_byline(b))
        return false;
    static const LexiconSection& organisations = any_language_section("organisation_words");
    static const LexiconSection& bodies = any_language_section("body_words");
    const auto own = b.lower_words();
    return std::any_of(own.begin() + 1, own.end(), [](std::string_view word) {
        if (const std::size_t apostrophe = word.rfind('\''); apostrophe != std::string_view::npos)
            word.remove_prefix(apostrophe + 1); // ("l'université")
        return organisations.has(word) || bodies.has(word);
    });
}

// "The Morning Tide, Episode 412", "Hafenfunk – Folge 38", "Le Quai, épisode 12": a line of eight words at most that
// ends in an episode's number after the word for an episode (lexicon section episode_words) is the episode's label
// under a podcast's title, no title of its own.
bool episode_label(const Block& b) {
    const int most_words = 8;
    if (b.digits == 0 || b.words < 2 || b.words > most_words || b.end_punct)
        return false;
    static const LexiconSection* words = common_lexicon().section("episode_words"); // (looked up once)
    const auto& own = b.lower_words();
    if (words == nullptr || own.size() < 2)
        return false;
    std::string_view number = own.back();
    if (!number.empty() && number.front() == '#')
        number.remove_prefix(1);
    if (!text::all_ascii_digits(number))
        return false;
    std::string_view word = own[own.size() - 2];
    return words->has(word) || (word.ends_with('.') && words->has(word.substr(0, word.size() - 1)));
}

// "THE MORNING TIDE PODCAST", "HAFENFUNK – DER PODCAST": a show's name in capitals closed by the word for a show
// (lexicon section show_words) is the label over the episode's title, no title of its own.
bool show_label(const Block& b) {
    static const LexiconSection* words = common_lexicon().section("show_words"); // (looked up once)
    const auto& own = b.lower_words();
    return words != nullptr && !own.empty() && b.words >= 2 && all_capitals(b.text) && words->has(own.back());
}

} // namespace

// "Ratgeber / Pachten oder kaufen / Solarstrom vermieten, Zähler teilen / Lexikon", all of it printed twice (for wide
// screens and for phones): an entry of a menu is printed again between the same neighbours, a headline printed
// again (title bar, share box, related list) is not.
bool repeated_menu(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    if (blocks[i].repeats == 0 || i == 0 || i + 1 >= blocks.size())
        return false;
    // (segment() counted the other copies of line i: the search ends at the last of them.)
    int copies_left = blocks[i].repeats;
    for (std::size_t j = 1; j + 1 < blocks.size(); ++j) {
        if (j == i || blocks[j].text != blocks[i].text)
            continue;
        if (blocks[j - 1].text == blocks[i - 1].text && blocks[j + 1].text == blocks[i + 1].text)
            return true;
        if (--copies_left == 0)
            break;
    }
    return false;
}

// "Title / 4. März 2024 / Title / 4. März 2024": a date with two more within four lines of it dates the teasers of a
// list, no article.
bool teaser_date(const Page& p, std::size_t k) {
    const std::size_t reach = 4, least_others = 2;
    std::size_t others = 0;
    for (std::size_t j = k >= reach ? k - reach : 0; j <= k + reach && j < p.blocks.size(); ++j)
        others += j != k && p.role[j] == Role::date;
    return p.role[k] == Role::date && others >= least_others;
}

namespace {

// "3 Min", "5 min.": a figure and a unit of minutes (lexicon section minute_unit_words) alone on their line, the
// article's reading time without its label.
bool bare_minutes(const Block& b) {
    if (b.words != 2 || b.digits == 0)
        return false;
    static const LexiconSection& units = any_language_section("minute_unit_words");
    const auto words = text::split_ws(b.lower);
    std::string_view unit = words[1];
    if (unit.ends_with('.'))
        unit.remove_suffix(1);
    const auto digit = [](char c) { return text::is_digit(static_cast<unsigned char>(c)); };
    return words.size() == 2 && std::all_of(words[0].begin(), words[0].end(), digit) && units.has(unit);
}

// "4,8" / "(312 Bewertungen)", "★★★★☆ 4.2 (88 reviews)", "4,7 von 5 Sternen (128)", "4.5/5 (20 avis)": a product's
// or recipe's star rating between its title and its text. Every token is a star, a mark of five (a figure of one
// decimal up to 5, or "n/5"), a count, a rating's word (lexicon section rating_words: bewertungen, reviews, avis) or
// its joiner (rating_joiners: von, out of, sur); a star, a mark or a counted rating's word is there. (A count alone,
// "312", is no rating.)
bool star_rating_line(const Block& b) {
    const int most_words = 8;
    // (A line with no figure is read when it holds a star's first byte only.)
    if (b.words > most_words || b.urls > 0 || (b.digits == 0 && b.text.find('\xE2') == std::string::npos))
        return false;
    static const LexiconSection& words = any_language_section("rating_words");
    static const LexiconSection& joiners = any_language_section("rating_joiners");
    bool star = false, mark = false, count = false, word = false;
    // (The tokens read in place, text::next_token(): the line is turned away at its first token of no rating, most
    // often its first, and no vector of its tokens is made for it.)
    const std::string_view low = b.lower;
    std::size_t at = 0;
    for (std::string_view token = text::next_token(low, at); !token.empty(); token = text::next_token(low, at)) {
        while (!token.empty() && (token.front() == '(' || token.front() == '['))
            token.remove_prefix(1);
        while (!token.empty() && (token.back() == ')' || token.back() == ']' || token.back() == ',' ||
                                  token.back() == ':' || token.back() == '|'))
            token.remove_suffix(1);
        std::size_t stars = 0;
        for (bool more = true; more;) {
            more = false;
            for (const std::string_view glyph : {"\u2605", "\u2606", "\u2b50"}) // ★ ☆ ⭐
                if (token.substr(stars).starts_with(glyph)) {
                    stars += glyph.size();
                    more = true;
                }
        }
        if (stars > 0 && stars == token.size()) {
            star = true;
            continue;
        }
        std::size_t d = 0;
        while (d < token.size() && text::is_digit(static_cast<unsigned char>(token[d])))
            ++d;
        if (d > 0 && d == token.size()) {
            count = true;
            continue;
        }
        const auto digit_at = [&](std::size_t k) {
            return k < token.size() && text::is_digit(static_cast<unsigned char>(token[k]));
        };
        // ("4,8", "4.5", "4.5/5", "4/5": one figure up to 5, one decimal perhaps, out of 5 perhaps.)
        if (d == 1 && token[0] <= '5') {
            std::size_t k = 1;
            if (k + 1 < token.size() && (token[k] == ',' || token[k] == '.') && digit_at(k + 1))
                k += 2;
            const bool decimal = k == 3;
            if (token.substr(k) == "/5" || (decimal && k == token.size())) {
                mark = true;
                continue;
            }
        }
        if (d == 0 && words.has(token)) {
            word = true;
            continue;
        }
        if (d == 0 && joiners.has(token))
            continue;
        return false;
    }
    return star || mark || (count && word);
}

} // namespace

// "+++ 14:32 Kowalenko: Gespräche in Genf „konstruktiv“ +++", "+++ 9.05 Uhr Brand +++", "+++ 14h32 ... +++": a live
// ticker's banner of its latest entry, opened by "+++" and the entry's time of day, names the entry, not the page.
// (A line opened by '+' alone is read.)
bool ticker_banner(std::string_view line) {
    if (line.size() < 6 || line[0] != '+' || !line.starts_with("+++"))
        return false;
    const std::string_view rest = text::trim(line.substr(3));
    std::size_t digits = 0;
    while (digits < rest.size() && text::is_digit(static_cast<unsigned char>(rest[digits])))
        ++digits;
    return digits >= 1 && digits <= 2 && digits + 2 < rest.size() &&
           (rest[digits] == ':' || rest[digits] == '.' || rest[digits] == 'h') &&
           text::is_digit(static_cast<unsigned char>(rest[digits + 1]));
}

bool page_chrome(const Block& b) {
    const int most_words = 10;
    if (b.words > most_words || b.urls > 0)
        return false;
    // ("•", "|": a mark alone; "3" alone is a figure, an ingredient's count.)
    if ((b.letters == 0 && b.digits == 0) || (b.boilerplate && !b.end_punct))
        return true;
    // (A line with a figure may be a reading time, one without a button: each asks its own lists, the block's
    // lower-cased text looked up as it is.)
    if (b.digits > 0)
        return bare_minutes(b) || reading_aid(b) || star_rating_line(b);
    static const LexiconSection& read_aloud = any_language_section("read_aloud_buttons"); // (merged once)
    return share_button(b) || read_aloud.has(b.lower);
}

TitleSearch::TitleSearch(const Page& page, std::size_t first, std::size_t end)
    : p(page), first_text(first), re(end), n(page.blocks.size()), body_words(body_table()), crumbs(page),
      long_lines(n + 1, 0), chrome_lines(n + 1, 0) {
    const auto& blocks = p.blocks;
    std::vector<text::Words> body;
    body.reserve(re >= first_text ? std::min(re, n) - std::min(first_text, n) + 1 : 0);
    for (std::size_t k = first_text; k <= re && k < n; ++k)
        if (counted(k))
            body.push_back(blocks[k].lower_words());
    body_words.reset(std::move(body));
    for (const auto& b : blocks)
        if (b.digits > 0)
            if (auto title = thread_title(b.text))
                named.insert(std::move(*title));
    for (std::size_t k = 0; k < n; ++k) {
        // (The page's chrome is sought over the article's text alone, where its head stands.)
        const bool chrome = k < first_text && page_chrome(blocks[k]);
        long_lines[k + 1] = long_lines[k] + (blocks[k].words >= 4 && !chrome);
        chrome_lines[k + 1] = chrome_lines[k] + chrome;
    }
}

WordCounts& TitleSearch::body_table() {
    thread_local WordCounts table;
    return table;
}

void TitleSearch::want_words(std::size_t lo, std::size_t hi) {
    for (std::size_t i = lo; i < hi && i < n; ++i)
        for (const auto& w : p.blocks[i].lower_words())
            body_words.want(w);
}

bool TitleSearch::contents_line(std::size_t k) {
    // (classify() has read them for the region's start; a page built by hand, as a test's, has not.)
    if (p.toc_lines.size() == p.blocks.size())
        return p.toc_lines[k] != ContentsLine::none;
    if (!contents_lines_read_) {
        contents_lines_ = unnumbered_contents_lines(p.blocks);
        contents_lines_read_ = true;
    }
    return contents_lines_[k] != ContentsLine::none;
}

// (Only a piece of three words or more is looked up, in a line of four tokens at least. A piece is a part of its line
// cut by a separator: the lines that have one, few of them, are gathered once for the page, when the first title is
// sought, and only those are searched for each title.)
bool TitleSearch::printed_as_piece(std::string_view title) {
    const auto& blocks = p.blocks;
    if (!cut_lines_read_) {
        cut_lines_read_ = true;
        for (std::size_t k = 0; k < n; ++k)
            if (blocks[k].words >= 4 && blocks[k].title_separator) // (any_title_separator(text), noted by segment())
                cut_lines_.push_back(k);
    }
    for (std::size_t k : cut_lines_) {
        const Block& b = blocks[k];
        if (b.text.size() <= title.size() || b.text.find(title) == std::string::npos)
            continue;
        for (const auto& span : title_piece_spans(b.text))
            if (std::string_view(b.text).substr(span.first, span.second - span.first) == title)
                return true;
    }
    return false;
}

namespace {

// "Veröffentlicht am 12. März 20243. März 2024 von Lena", "Updated 2 hours ago": a line opening with the
// label of a date is a date line, even when the date is garbled (opens_with_date_label() over the words of the
// block's lower-cased text).
bool opens_with_date_label(const Block& b) {
    // (The first four words read into an array on the stack: no vector for each line asked.)
    std::array<std::string_view, 4> words;
    return archive::opens_with_date_label(first_tokens(b.lower, words));
}

// "Redaktion / Anna Berg", "Ana Ruiz | Redacción": a desk and a person's name signing the text without a label
// (name_beside_desk()), no title.
bool desk_and_name(const Block& b) {
    const int most_words = 8;
    return b.separators > 0 && b.digits == 0 && b.words <= most_words && name_beside_desk(b.text).has_value();
}

// "Da Redação, em Brasília", "Von der Redaktion, Berlin", "De la rédaction, à Paris": a desk may name the place it
// writes from after a comma, a place of three words at most after a preposition of a place (lexicon sections
// place_preposition_words, byline_place_words) or none -> the number of words before the place (words.size() when
// the line names no such place).
std::size_t desk_place(const std::vector<std::string_view>& words) {
    const std::size_t most_place_words = 3;
    std::size_t comma = words.size();
    for (std::size_t k = 1; k + 1 < words.size(); ++k)
        if (words[k].ends_with(','))
            comma = k;
    if (comma == words.size())
        return words.size();
    static const LexiconSection& prepositions = any_language_section("place_preposition_words"); // (merged once)
    static const LexiconSection& byline_places = any_language_section("byline_place_words");    // (merged once)
    std::size_t place = comma + 1;
    if (const std::string low = text::lower(words[place]); prepositions.has(low) || byline_places.has(low))
        ++place;
    static const LexiconSection* particles = common_lexicon().section("place_particle_words"); // (looked up once)
    const bool named =
        place < words.size() && words.size() - place <= most_place_words && text::starts_upper(words[place]) &&
        std::all_of(words.begin() + static_cast<std::ptrdiff_t>(place), words.end(), [](std::string_view w) {
            return text::starts_upper(w) || (particles != nullptr && particles->has(w));
        });
    return named ? comma + 1 : words.size();
}

// "La rédaction de franceinfo", "Par la rédaction de Libération", "Die Redaktion der Hafenzeitung", "By the newsroom
// of the Harbour Post": the newsroom signing the text (desk_signature(), after a byline's label at most), perhaps
// followed by the outlet's name after a small word of a genitive (lexicon section desk_outlet_words: "de", "der",
// "of"; "d'Ouest-France" glued), is a byline naming no person, no title. The place the desk writes from may follow
// it after a comma (desk_place()).
bool newsroom_line(const Block& b) {
    const int most_words = 7;
    if (b.words < 1 || b.words > most_words || b.digits > 0 || b.end_punct || b.urls > 0)
        return false;
    auto words = text::split_ws(b.text);
    // (Gate: a comma in the line before the place is looked for.)
    if (b.text.find(',') != std::string::npos) {
        const std::size_t desk_words = desk_place(words);
        if (desk_words < words.size()) {
            words.resize(desk_words);
            std::string_view& last = words.back();
            last.remove_suffix(1); // (the comma)
        }
    }
    if (words.size() > 1 && byline_word(words.front()))
        words.erase(words.begin());
    static const LexiconSection& particles = any_language_section("desk_outlet_words");
    auto glued = [](std::string_view low) {
        return low.starts_with("d'") || low.starts_with("d\u2019");
    };
    // (The desk's own words end at the first particle; three words of the outlet's name after it at most, "of the
    // Harbour Post".)
    const std::size_t most_outlet_words = 3;
    std::size_t cut = words.size();
    for (std::size_t k = 1; k < words.size(); ++k) {
        const std::string low = text::lower(words[k]);
        if (particles.has(low) || glued(low)) {
            cut = k;
            break;
        }
    }
    if (cut < words.size()) {
        const bool own_word = particles.has(text::lower(words[cut]));
        const std::size_t outlet = words.size() - cut - (own_word ? 1 : 0);
        if (outlet < 1 || outlet > most_outlet_words)
            return false;
    }
    return desk_signature(join_words({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(cut)})).has_value();
}

// "Home Cronaca Sport Cultura", "Início Região Polícia Desporto": the page's menu copied as one line without its
// separators (unseparated_menu()) is no title, on a page whose language capitalises no title's every word (an
// English title may: "Harbour Ferry Fares Rise", lexicon section title_case_languages).
bool menu_run(const Page& p, std::size_t i) {
    static const LexiconSection* title_case = common_lexicon().section("title_case_languages"); // (looked up once)
    return (title_case == nullptr || !title_case->has(p.language)) && unseparated_menu(p, i);
}

// "Published: 10:14, 5 Dec 2026 / Oranges were strewn across three lanes / Credit: SWNS / <body>", "Von Anna Roe /
// 24.11.2026 / Die Fähre im Hafen von Kiel / Foto: Jane Roe": a line closed by a picture's credit under the article's
// byline or date line (the head signed already, past other pictures and the share buttons) is that picture's caption,
// no title. "05-12-2026 14:32 / Udostępnij: / <caption> / <caption> / © PAP | Jan Nowak", "Autor: Jana Nová / Sdílet /
// <caption> / <caption> | foto: Petr Beran": and so is a line printed twice (a picture's alt text over its
// figcaption) around or over its credit, or over its copy closed by the credit: such a line is no title whatever
// role it has yet (`twice` asks for the copy, on a line no rule has read as a caption).
bool signed_caption(const Page& p, std::size_t i, bool twice = false) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const std::string& own = blocks[i].text;
    auto copy = [&](std::size_t k) { return k != i && blocks[k].text == own; };
    auto credit = [&](std::size_t k) { return k < n && p.role[k] == Role::credit; };
    // ("<caption> | foto: Petr Beran": the copy glued to the credit.)
    auto copy_with_credit = [&](std::size_t k) {
        if (k >= n || p.role[k] != Role::caption || !blocks[k].text.starts_with(own))
            return false;
        const auto split = split_trailing_credit(blocks[k]);
        return split && split->first == own;
    };
    const bool closed = (!twice && credit(i + 1)) || (i + 1 < n && copy(i + 1) && credit(i + 2)) ||
                        copy_with_credit(i + 1) || (i >= 2 && credit(i - 1) && copy(i - 2));
    if (!closed)
        return false;
    std::size_t k = i;
    while (k > 0 && (p.role[k - 1] == Role::credit || p.role[k - 1] == Role::caption ||
                     p.role[k - 1] == Role::duplicate || copy(k - 1)))
        --k;
    // ("Udostępnij:", "Sdílet", "Share": up to two buttons or labels of two words at most between.)
    const std::size_t most_buttons = 2;
    const int most_label_words = 2;
    auto button = [&](const Block& b) {
        return page_chrome(b) || (b.words <= most_label_words && b.letters > 0 && b.digits == 0 &&
                                  (!b.end_punct || b.text.back() == ':'));
    };
    for (std::size_t skipped = 0; skipped < most_buttons && k > 0 && !byline_or_date(p, k - 1) &&
                                  (p.role[k - 1] == Role::none || p.role[k - 1] == Role::boilerplate) &&
                                  button(blocks[k - 1]);
         ++skipped)
        --k;
    return k > 0 && byline_or_date(p, k - 1);
}

// A line that may be the title: one without a role, a caption that may be none (not a video's title under its
// player's button and length: "Video afspelen" / "01:48" / "<title>"), a date line that is a dated title or glued to
// one. "Geschichte[Bearbeiten | Quelltext bearbeiten]": a line with a wiki's edit link heads a section;
// "[Image: Wild bees on a meadow]" right over the body is a picture's placeholder.
bool candidate(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    return ((p.role[i] == Role::none && !signed_caption(p, i, true)) ||
            (p.role[i] == Role::caption && p.soft_caption[i] && !signed_caption(p, i) && !under_player_button(p, i)) ||
            (p.role[i] == Role::date && (dated_title(blocks[i].text, p.language) ||
                                         split_leading_date(blocks[i].text, p.language)))) &&
           !marked_heading(blocks[i].text) && !bracketed_line(blocks[i].text);
}

// "我国首批湿地修复示范区通过验收", "米大統領、規制の一部緩和を表明": Chinese and Japanese write a title without
// spaces, one token to the count of words. Such a line (ideographs and kana for most of its letters) is given a word
// for every two ideographs and four kana, and read as a sentence when "。", "！" or "？" closes it, as "." "!" "?"
// close a sentence elsewhere. (Korean spaces its words and closes its sentences with ". , ? !": its lines keep their
// own counts.)
void unspaced_features(std::optional<Block>& changed, const Block& b) {
    const Block& seen = changed ? *changed : b;
    // (A kana or an ideograph takes three bytes: a line of fewer bytes than its code points and four holds under two.)
    if (seen.text.size() < seen.chars + 4)
        return;
    std::size_t i = 0, count = 0, kana = 0;
    char32_t last = 0;
    while (i < seen.text.size()) {
        const char32_t cp = text::next_cp(seen.text, i);
        kana += text::is_kana(cp);
        count += text::is_kana(cp) || text::is_ideograph(cp);
        if (!text::is_close_quote(cp) && cp != 0x300D && cp != 0x300F && cp != 0xFF09 && cp != ' ')
            last = cp;
    }
    if (count * 2 <= static_cast<std::size_t>(seen.letters))
        return;
    // (A word of kana runs longer: "インフルエンザ" is one; a word for every four of them.)
    const int words = std::max(seen.words, static_cast<int>((count - kana) / 2 + kana / 4));
    const bool stop = last == 0x3002 || last == 0xFF01 || last == 0xFF1F;
    if (words == seen.words && (seen.end_punct || !stop))
        return;
    if (!changed)
        changed.emplace(b);
    changed->words = words;
    changed->end_punct = changed->end_punct || stop;
}

// The article's prose has begun between `start` and line i (a paragraph of Chinese or Japanese closed by "。" too).
bool body_started(const Page& p, std::size_t start, std::size_t i) {
    for (std::size_t k = start; k < i; ++k) {
        if (prose_paragraph(p, k))
            return true;
        std::optional<Block> unspaced;
        unspaced_features(unspaced, p.blocks[k]);
        if (unspaced && p.raw_quality[k] == Quality::good && unspaced->end_punct && unspaced->words >= 8)
            return true;
    }
    return false;
}

// "The harbour blog / A blog about ferries, cranes and the people of the quay / Ten years of the night ferry /
// 4 March 2024": the date signs the title right over it; a longer line further up, a site's tagline or a teaser,
// stands over that title (a line of four words or more, shorter than itself, no sentence; "Crane drivers", a
// title of two or three words, only right over the date). (A standfirst under the headline is longer than it; a
// kicker over the headline is shorter.)
bool titled_below(const Page& p, std::size_t i, std::size_t k) {
    const auto& blocks = p.blocks;
    const int least_words = 4, least_short_words = 2;
    std::size_t j = k - 1;
    // (A star rating between, "4,8" / "(312 Bewertungen)", is the title's furniture: star_rating_line().)
    while (j > i && (p.role[j] == Role::duplicate || p.role[j] == Role::caption || p.role[j] == Role::credit ||
                     (p.role[j] == Role::none && star_rating_line(blocks[j]))))
        --j;
    const Block& title = blocks[j];
    // ("by jroe / 21 September 2024": a short line opening with a byline word is the date's byline, no title.)
    const bool long_enough =
        title.words >= least_words || (title.words >= least_short_words && j + 1 == k &&
                                       !byline_word(text::first_token(title.text)));
    // (A line nearly as long as line i, more than two thirds of it, is its standfirst, not a title under it:
    // "Preguntas y respuestas sobre ... : a quién afecta y desde cuándo" over a subtítulo of a sentence's length.)
    return j > i && p.role[j] == Role::none && long_enough && !nearly_as_long(title.words, blocks[i].words) &&
           !title.end_punct && headline_like(title);
}

// The title of line i without what is glued before it, with its own features: a block of its own only when they
// differ from the line's, nothing otherwise.
std::optional<Block> own_features(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    const Block& b = blocks[i];
    std::optional<Block> changed;
    std::optional<std::string> own_title;
    if (auto parts = glued_headline_parts(p, i); parts && parts->headline != b.text)
        own_title = std::move(parts->headline);
    // "Mise à jour : Le bac passera toutes les dix minutes", "Aktualisiert: Neue Fähre ab Mai": the title after the
    // update flag glued before it (update_flag_end()), which mark_opening() cuts off the headline, is scored, not
    // the flag's label of a date.
    else if (const std::size_t flag = update_flag_end(b.text); flag > 0)
        own_title = b.text.substr(flag);
    if (own_title) {
        std::vector<Block> own = segment(*own_title);
        if (!own.empty()) {
            Block& title = changed.emplace(std::move(own.front()));
            title.blank_before = b.blank_before;
            title.blank_after = b.blank_after;
            title.repeats = static_cast<int>(std::count_if(blocks.begin(), blocks.end(),
                                                           [&](const Block& o) { return o.text == title.text; }));
        }
    }
    // "Tiny Board 4 - A computer the size of a card - Sold out in a week": its dashes are no breadcrumb's.
    if (const Block& seen = changed ? *changed : b; seen.separators != 0 && dashed_title(seen.text)) {
        if (!changed)
            changed.emplace(b);
        changed->separators = 0;
    }
    unspaced_features(changed, b);
    return changed;
}

// "Nebelsuppe." right over "Veröffentlicht am 24. Januar": a blog's title may end with a full stop when a
// date line stands next to it, or over its standfirst and then the date or the byline. Line i (its own features
// `probe`) is such a title.
bool title_with_stop(const Page& p, std::size_t i, const Block& probe) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    // (A sentence over a byline is a standfirst.)
    auto dated = [&](std::size_t k) { return p.role[k] == Role::date || opens_with_date_label(blocks[k]); };
    // (Next to a date line alone, one sentence: "Good morning. Here is what you need to know today." / "By Alex
    // Roe", a newsletter's greeting of two sentences, is no title.)
    // "Old ferries once crowded this harbour. Now the seals are back. / <a standfirst of two dozen words> /
    // Tuesday, 4 March 2025": a magazine's title of one or two short sentences over its longer standfirst, the
    // date under that, or the byline ("... Zoning can stop it. / <standfirst> / By Jane Roe": a column's).
    const std::size_t most_stopped_words = 12, most_decked_words = 20;
    // "Arjun Mehta / Follow / 9 min read / Dec 5, 2026", "Anna Roth / Folgen / 5 Min. Lesezeit": the author's bare
    // name over a follow button, a reading time or a date line (within three lines) signs the text, though no rule
    // has read it as the byline yet.
    auto signed_by_name = [&](std::size_t k) {
        const std::size_t reach = 3;
        if (p.role[k] != Role::none || blocks[k].digits > 0 || !bare_name(text::split_ws(blocks[k].text)))
            return false;
        for (std::size_t j = k + 1; j < n && j <= k + reach; ++j)
            if (p.role[j] == Role::date || reading_time_line(blocks[j]) || follow_button(blocks[j].text))
                return true;
        return false;
    };
    auto decked = [&] {
        if (i + 2 >= n || probe.words > static_cast<int>(most_decked_words))
            return false;
        // (The date line opens with the date or its label: "Prices rise from 1 January" heads a section.)
        const bool dated_under = dated(i + 2) && (opens_with_date_label(blocks[i + 2]) ||
                                                  leading_date(blocks[i + 2].text, p.language));
        if (!dated_under && p.role[i + 2] != Role::byline && !signed_by_name(i + 2))
            return false;
        const Block& deck = blocks[i + 1];
        return p.role[i + 1] == Role::none && deck.end_punct && deck.words > probe.words;
    };
    // "Hosted by Priya Raman. Produced by Owen Gall.", "Présenté par Awa Diop. Réalisé par Marc Roy.": the
    // sentences of a show's credits, the first a byline, are no title.
    auto credits = [&] {
        const std::size_t stop = probe.text.find(". ");
        return stop != std::string::npos && byline_authors(probe.text.substr(0, stop), p.language).has_value();
    };
    // "The City Wants to Pave Its Oldest Park. Residents Say No.": one or two short sentences in the title case of
    // the page's language (lexicon section title_case_small_words, English), which no sentence of prose is set in.
    auto title_cased = [&] {
        const Lexicon* lex = lexicon(p.language);
        const LexiconSection* small = lex != nullptr ? lex->section("title_case_small_words") : nullptr;
        const int least_words = 4;
        if (small == nullptr || probe.words > static_cast<int>(most_stopped_words))
            return false;
        const auto words = title_case_words(probe.text, *small);
        return words && words->lower && words->letter_words >= least_words;
    };
    // "My parsnips failed. Here is why. / Posted on 5 December 2026 by Jane Roe": two short sentences right over the
    // date line are a blog's title; under the date line ("Friday 6 March 2026 / Good morning. Here is what you need to
    // know today."), a newsletter's greeting. (A category's line over the title, "Posted in Fruit", dates nothing.)
    // "We moved our jobs to a queue. Here is what broke. / Arjun Mehta / Follow / 9 min read": so are they over the
    // author's bare name signing the text (signed_by_name()).
    auto next_to_date = [&] {
        const bool dated_below = i + 1 < n && (dated(i + 1) || signed_by_name(i + 1));
        return sentence_inside(probe.text) ? dated_below && !(i > 0 && p.role[i - 1] == Role::date)
                                           : dated_below || (i > 0 && dated(i - 1));
    };
    // "StartseiteNetzwerkWenn das WLAN ständig abbricht, hilft oft ein anderer Kanal im Router." / "Wenn das WLAN
    // ständig abbricht, hilft oft ein anderer Kanal im Router.", "HomeNetworkIf your Wi-Fi keeps dropping, ...": a
    // sentence printed again right under a breadcrumb that ends with it (glued to its last item) is the page's
    // title, though a subtitle parts it from its date line. (The crumbs are glued to it: a paragraph ending with the
    // next one's sentence after a space, "<sentence> <sentence>" / "<sentence>", is no breadcrumb.)
    auto under_own_crumb = [&] {
        const std::size_t most_crumb_bytes = 40;
        const std::string& own = blocks[i].text;
        if (i == 0 || probe.words > static_cast<int>(most_decked_words) || p.role[i - 1] == Role::caption ||
            !text::starts_upper(own))
            return false;
        const std::string& above = blocks[i - 1].text;
        if (above.size() <= own.size() || above.size() > own.size() + most_crumb_bytes || !above.ends_with(own))
            return false;
        const std::string_view crumbs = std::string_view(above).substr(0, above.size() - own.size());
        return crumbs.find_first_of(" .") == std::string_view::npos;
    };
    if (probe.text.size() > 1 && probe.text.back() == '.' && !trails_off(probe.text) && !credits() &&
        ((probe.words <= static_cast<int>(most_stopped_words) && next_to_date()) || decked() || title_cased() ||
         under_own_crumb())) {
        Block dotless = probe;
        dotless.text.pop_back();
        ++dotless.words; // "Nebelsuppe.": one word will do here, where headline_like() wants two
        return dotless.letters >= 5 && headline_like(dotless);
    }
    return false;
}

} // namespace

namespace {

// "Jean-Sébastien Thériault" / "Collaboration spéciale" / ... / "Jean-Sébastien Thériault est professeur
// d'urbanisme ...": a bare name of two or three words over the text, which one of the text's last paragraphs opens
// with (the author's bio closing an opinion piece, a guest's column), is the author's name: the bio repeats its words,
// as the text repeats a headline's, but it is no title.
bool name_of_closing_bio(const TitleSearch& s, const Block& b) {
    const int least_words = 2, most_words = 3;
    const std::size_t most_last = 3;
    if (b.words < least_words || b.words > most_words || b.end_punct || b.digits > 0 || s.re < s.first_text ||
        s.re >= s.n)
        return false;
    // (The last paragraphs are asked first: few lines open one of them, and the name's words are read for those.)
    for (std::size_t k = s.re; k >= s.first_text && s.re - k < most_last; --k) {
        const std::string& bio = s.p.blocks[k].text;
        if (bio.size() > b.text.size() + 1 && bio.starts_with(b.text) && bio[b.text.size()] == ' ')
            return bare_name(text::split_ws(b.text));
        if (k == 0)
            break;
    }
    return false;
}

// "Jean-Sébastien Thériault" / "Professeur d'urbanisme", "Marcus Leland" / "Special to the Courier": the short line
// right under the author's name (name_of_closing_bio()) gives the author's role, no title.
bool role_under_bio_name(const TitleSearch& s, std::size_t i, const Block& b) {
    const int most_words = 5;
    return i > 0 && b.words <= most_words && !b.end_punct && name_of_closing_bio(s, s.p.blocks[i - 1]);
}


// "Helena Vasconcellos" / "Economista, é professora da FGV e ex-diretora do Banco Central", "Ruth Marsh" /
// "Economist, she teaches at Harbour University": a line opened by a job's word and its comma (lexicon sections
// bio_profession_words, bio_words) right under a person's bare name is the author's box over a column, no title.
// "Marta Ibáñez" / "Economista y profesora de Transporte en la Universidad de Zaragoza" / "03 DIC 2026 - 06:30": so
// is one without the comma over the date line or the byline.
bool bio_under_name(const Page& p, std::size_t i, const Block& b) {
    const int most_words = 30, least_name_words = 2, most_name_words = 4;
    // (Gate: a comma closing the first word, or the date line under the line, read before any word is looked up.)
    const std::size_t space = b.text.find(' ');
    if (i == 0 || b.words < 2 || b.words > most_words || space == std::string::npos || space < 2)
        return false;
    const bool comma = b.text[space - 1] == ',';
    if (!comma && !(i + 1 < p.blocks.size() && (p.role[i + 1] == Role::date || p.role[i + 1] == Role::byline) &&
                    b.text.find(". ") == std::string::npos))
        return false;
    const Block& name = p.blocks[i - 1];
    if (name.words < least_name_words || name.words > most_name_words || name.end_punct || name.digits > 0)
        return false;
    static const LexiconSection& professions = any_language_section("bio_profession_words"); // (merged once)
    static const LexiconSection& jobs = any_language_section("bio_words");                   // (merged once)
    const std::string job = text::lower(std::string_view(b.text).substr(0, comma ? space - 1 : space));
    return (professions.has(job) || jobs.has(job)) && bare_name(text::split_ws(name.text));
}

// "Mathieu Lafrenière-Ouimet" / "Le Riverain de l'Outaouais" / "3 décembre 2026 à 16 h 45", "Jane Roe" / "The
// Harbour Courier" / "December 3, 2026": a short line without a stop between a person's bare name and the date line
// (or the byline) under it gives the author's paper, desk or agency, no title; asked of a line none of whose words
// the text repeats (a title's words come back in the text), or of the page's masthead printed again.
bool affiliation_under_name(const Page& p, std::size_t i, const Block& b) {
    const int most_words = 6, least_name_words = 2, most_name_words = 4;
    if (i == 0 || i + 1 >= p.blocks.size() || b.words > most_words || b.end_punct || b.digits > 0 ||
        (p.role[i + 1] != Role::date && p.role[i + 1] != Role::byline))
        return false;
    const Block& name = p.blocks[i - 1];
    return name.words >= least_name_words && name.words <= most_name_words && !name.end_punct && name.digits == 0 &&
           bare_name(text::split_ws(name.text));
}

// caption_closed_by_credit() of a line with no stop before a space: the credit glued to a stop (a small letter or a
// figure before it, a capital after it), or a bare name of two or three words in the parenthesis closing a caption of
// five words or more (no stop, colon or other parenthesis in it, a small letter closing it) whose words open in small
// letters half the time or more: a title in Title Case ("Frosting Without Sugar (Ermine Icing)") names its dish or its
// work in the parenthesis, and a caption's words are a sentence's.
bool glued_or_bracketed_credit(const Block& b) {
    const std::size_t least_caption_words = 4, least_bracketed_caption_words = 5, most_name_words = 3;
    const std::string_view t = b.text;
    std::size_t glued = std::string_view::npos;
    for (std::size_t at = t.find('.'); at != std::string_view::npos && glued == std::string_view::npos;
         at = t.find('.', at + 1))
        if (at > 0 && at + 1 < t.size() &&
            ((t[at - 1] >= 'a' && t[at - 1] <= 'z') || (t[at - 1] >= '0' && t[at - 1] <= '9')) && t[at + 1] >= 'A' &&
            t[at + 1] <= 'Z')
            glued = at;
    if (glued != std::string_view::npos) {
        const auto split = split_trailing_credit(b);
        return split && !split->second.empty() && split->first.ends_with('.') &&
               text::split_ws(split->first).size() >= least_caption_words;
    }
    const std::size_t open = t.ends_with(")") ? t.rfind('(') : std::string_view::npos;
    if (open == std::string_view::npos || open < 2 || t[open - 1] != ' ')
        return false;
    const std::string_view caption = text::trim(t.substr(0, open));
    const auto name = text::split_ws(t.substr(open + 1, t.size() - open - 2));
    const auto words = text::split_ws(caption);
    if (name.size() < 2 || name.size() > most_name_words || words.size() < least_bracketed_caption_words ||
        caption.find_first_of(".:()!?") != std::string_view::npos || !text::starts_upper(caption) ||
        !(caption.back() >= 'a' && caption.back() <= 'z') || !bare_name(name))
        return false;
    const auto small =
        std::count_if(words.begin(), words.end(), [](std::string_view w) { return !text::starts_upper(w); });
    return static_cast<std::size_t>(small) * 2 >= words.size();
}

} // namespace

// "Tomás Ibarra, en su taller de Zaragoza en 2017. PEDRO LUIS GÁLVEZ", "Thomas Ibarre dans son atelier, en 2017.
// PIERRE GALLET", "Thomas Ibach in seinem Atelier. Foto: Peter Gallwitz": a sentence closed by its stop, then a
// picture's credit after it (split_trailing_credit(), or a name in capitals of two to four words: capital_outlet())
// is the lead picture's caption printed in the head, between the standfirst and the byline, no title: a title does
// not close on a photographer's credit after its stop. (The caption is four words or more, in small letters too.)
// "Boats at the old quay in Portlow last week.Credit...Jane Roe for The Harbour Daily Record", "Obreros a la salida
// de la planta de Martorell (Núria Puig)": so is a caption whose credit is glued to its stop, or a photographer's bare
// name in a parenthesis closing a caption no stop closes.
bool caption_closed_by_credit(const Block& b) {
    const std::size_t least_caption_words = 4;
    // (A stop inside the line, none closing it: most titles have none.)
    const std::size_t stop = b.end_punct ? std::string::npos : b.text.rfind(". ");
    if (stop == std::string::npos)
        return !b.end_punct && glued_or_bracketed_credit(b);
    const std::string_view caption = std::string_view(b.text).substr(0, stop + 1);
    if (text::split_ws(caption).size() < least_caption_words ||
        std::none_of(caption.begin(), caption.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
    const std::string_view tail = text::trim(std::string_view(b.text).substr(stop + 1));
    if (tail.find(' ') != std::string_view::npos && capital_outlet(tail))
        return true;
    const auto split = split_trailing_credit(b);
    return split && !split->second.empty() && split->first.ends_with('.');
}

// "Gembloux : un nouveau parking à la gare" / <item> / "Ciney : la foire aux sapins déplacée" / <item> / "Couvin : un
// cycliste blessé" / <item>: a title opened by a place's or a topic's label and its colon (one to three capitalised
// words) over a line of text, then two more such titles and lines right under it: the first title of a page of short
// items ("En bref"), the first item's, not the page's.
bool first_of_labelled_items(const Page& p, std::size_t i) {
    // The label before the colon of a short title line, or nothing.
    auto label_of = [&](std::size_t k) -> std::string_view {
        const Block& b = p.blocks[k];
        const int most_words = 14, most_label_words = 3;
        if (b.words > most_words || b.end_punct || b.digits > 0)
            return {};
        const std::string_view t = b.text;
        const std::size_t colon = t.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 >= t.size() || t[colon + 1] != ' ')
            return {};
        const std::string_view label = text::trim(t.substr(0, colon));
        const auto words = text::split_ws(label);
        const bool capitalised = std::all_of(words.begin(), words.end(), [](std::string_view w) {
            return text::starts_upper(w);
        });
        const bool short_label = !words.empty() && static_cast<int>(words.size()) <= most_label_words;
        return short_label && capitalised ? label : std::string_view{};
    };
    // (The title over a line of text, as each item's is.)
    auto over_text = [&](std::size_t k) {
        const int least_words = 8;
        return k + 1 < p.blocks.size() && p.blocks[k + 1].words >= least_words &&
               (p.blocks[k + 1].end_punct || p.raw_quality[k + 1] != Quality::bad);
    };
    const std::string_view first = label_of(i);
    if (first.empty() || !over_text(i))
        return false;
    // The next two items right under it, a title and its line of text each, each its own label ("Ciney", "Couvin": a
    // page of one place's news repeats none).
    const std::size_t items = 3;
    std::vector<std::string_view> labels{first};
    for (std::size_t k = i + 2; labels.size() < items && k + 1 < p.blocks.size(); k += 2) {
        const std::string_view label = label_of(k);
        if (label.empty() || !over_text(k) || std::find(labels.begin(), labels.end(), label) != labels.end())
            return false;
        labels.push_back(label);
    }
    return labels.size() == items;
}

bool reporting_place(const Block& b) {
    static const LexiconSection& labels = any_language_section("reporting_place_labels"); // (merged once)
    const int most_words = 12;
    return b.words <= most_words && opens_with_entry(labels, b.lower) > 0;
}

std::size_t mail_header_label(const Block& b) {
    // (Gate: a capital first, a colon within the first bytes; most lines are settled by these two reads.)
    const std::size_t most_label_bytes = 10;
    if (b.text.empty() || b.text[0] < 'A' || b.text[0] > 'Z')
        return 0;
    const std::size_t colon = b.lower.find(':');
    if (colon == std::string::npos || colon == 0 || colon > most_label_bytes || colon + 1 >= b.lower.size() ||
        b.lower[colon + 1] != ' ')
        return 0;
    static const LexiconSection& labels = any_language_section("mail_header_labels"); // (merged once)
    return labels.has(text::trim(std::string_view(b.lower).substr(0, colon))) ? colon + 1 : 0;
}

bool mail_header(const Page& p, std::size_t k) {
    if (mail_header_label(p.blocks[k]) == 0)
        return false;
    return (k > 0 && mail_header_label(p.blocks[k - 1]) > 0) ||
           (k + 1 < p.blocks.size() && mail_header_label(p.blocks[k + 1]) > 0);
}

std::optional<std::string> mail_subject(const Page& p, std::size_t k) {
    const std::size_t label = mail_header_label(p.blocks[k]);
    if (label == 0 || !mail_header(p, k))
        return std::nullopt;
    static const LexiconSection& subjects = any_language_section("mail_subject_labels"); // (merged once)
    if (!subjects.has(text::trim(std::string_view(p.blocks[k].lower).substr(0, label - 1))))
        return std::nullopt;
    std::string value = std::string(text::trim(std::string_view(p.blocks[k].text).substr(label)));
    if (value.empty())
        return std::nullopt;
    return value;
}

// Line k is a title-like line of four words or more, no stop closing it, over its deck: a line of a sentence's
// length (eight words or more), no stop closing it either, not much shorter than the title (nearly_as_long()), with
// a byline or a date right under it. A head of title and deck, not the article's text.
bool titled_head_line(const Page& p, std::size_t k) {
    const int least_words = 4, least_deck_words = 8;
    if (k + 2 >= p.blocks.size())
        return false;
    const Block& b = p.blocks[k];
    if (p.role[k] != Role::none || b.words < least_words || b.end_punct || !byline_or_date(p, k + 2))
        return false;
    const Block& deck = p.blocks[k + 1];
    return p.role[k + 1] == Role::none && deck.words >= least_deck_words && !deck.end_punct &&
           (deck.words >= b.words || nearly_as_long(deck.words, b.words)) && headline_like(b) && headline_like(deck);
}

namespace {

// "Cristina Sambado - RTP", "Ana Souza - Lusa", "Jane Roe - BBC News": a person's bare name (bare_name()), a spaced
// dash, then the outlet or agency the author writes for, an acronym in capitals opening it or a text agency's name
// (name_agency_signature() of the name and that word): the byline under the title, no title.
bool name_dash_outlet(const Block& b) {
    const int most_words = 7, fewest_words = 3;
    const std::size_t most_outlet_words = 3;
    if (b.words < fewest_words || b.words > most_words || b.digits > 0 || b.end_punct || b.urls > 0)
        return false;
    const std::size_t dash = first_spaced_dash(b.text);
    if (dash == std::string_view::npos)
        return false;
    const std::string_view line = b.text;
    const std::string_view left = line.substr(0, dash);
    std::string_view right = line.substr(dash + 1);
    right.remove_prefix(std::min(right.find(' '), right.size())); // (the dash)
    const auto outlet = text::split_ws(right);
    if (outlet.empty() || outlet.size() > most_outlet_words || !bare_name(text::split_ws(left)))
        return false;
    const std::string_view first = outlet.front();
    const std::size_t fewest_acronym = 2, most_acronym = 6;
    const bool acronym = first.size() >= fewest_acronym && first.size() <= most_acronym &&
                         std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return acronym || name_agency_signature(std::string(left) + ", " + std::string(first));
}

// "Arjun Mehta / Follow", "Anna Roth / Folgen", "Jeanne Roy / Suivre": a person's bare name over the button to follow
// the author is the byline's, no title.
bool name_over_follow(const Page& p, std::size_t i, const Block& b) {
    const int least_words = 2, most_words = 4;
    return i + 1 < p.blocks.size() && b.words >= least_words && b.words <= most_words && b.digits == 0 &&
           !b.end_punct && follow_button(p.blocks[i + 1].text) && bare_name(text::split_ws(b.text));
}

// "Docs / Plugins / Writing a plugin / Writing a plugin", "Accueil / Guides / Installer Quillmark / Installer
// Quillmark": a docs page's breadcrumb closes with the page's title right over its h1, one copy within two lines of
// the other; a title of two or three words printed so (its sidebar's menu lists it too) is the page's own, no menu's
// label. (A menu printed twice prints its neighbours again: repeated_menu().)
bool crumb_over_title(const Page& p, std::size_t i, const Block& b) {
    const int least_words = 2, reach = 2;
    if (b.repeats == 0 || b.words < least_words || b.words >= 4 || b.end_punct)
        return false;
    for (std::size_t k = i >= reach ? i - reach : 0; k <= i + reach && k < p.blocks.size(); ++k)
        if (k != i && p.blocks[k].text == b.text)
            return true;
    return false;
}

// "Madrid |", "Redazione Roma |": a line closed by a bar is the first cell of a row the copy broke after its
// separator (the place, then the date on the next line), no title.
bool open_row(std::string_view line) {
    return line.size() >= 3 && line.back() == '|' && line[line.size() - 2] == ' ';
}

// "Chilblains" / "Chilblains are painful, itchy swellings on the skin." / (a heading) / <text>: line i, one word,
// stands over a standfirst, six to sixty words (a sentence or two) closed by a stop and opened by the word, and the
// article's text starts at the standfirst or under it, at most a heading between, or a contents whose entries the text
// prints again as its headings ("Chilblains / <standfirst> / Contents / <entries> / <first heading> / <text>").
// "Guides / Caching / Caching / Tessera keeps a content-addressed cache of every build step, ... / On this page /
// ...": a docs page's title printed right under its copy (the breadcrumb's last item) needs no standfirst opened by
// it, one naming a word of its stem (its first four letters) anywhere.
bool one_word_over_standfirst(TitleSearch& s, std::size_t i, const Block& probe, std::size_t start) {
    const Page& p = s.p;
    const int least_words = 6, most_words = 60;
    const std::size_t most_under = 2, stem_letters = 4;
    // (The copy printed right under the title is one block with it: mark_duplicates().)
    const bool copy_under =
        i + 1 < p.blocks.size() && p.role[i + 1] == Role::duplicate && p.blocks[i + 1].text == probe.text;
    const std::size_t deck = copy_under ? i + 2 : i + 1;
    if (deck >= p.blocks.size() || start < deck || p.role[deck] != Role::none)
        return false;
    std::size_t under = deck + 1;
    while (under < start && s.contents_line(under))
        ++under;
    const bool contents_between = under == start && under > deck + 1;
    if (start > deck + most_under && !contents_between)
        return false;
    const Block& d = p.blocks[deck];
    const auto own = probe.lower_words();
    const auto opening = d.lower_words();
    if (own.size() != 1 || !d.end_punct || d.words < least_words || d.words > most_words || opening.empty())
        return false;
    if (opening[0] == own[0])
        return true;
    const bool under_copy = copy_under || (i > 0 && p.blocks[i - 1].text == probe.text);
    const std::string_view word = own[0];
    std::size_t stem = 0;
    for (std::size_t letters = 0; letters < stem_letters && stem < word.size(); ++letters)
        text::next_cp(word, stem);
    return under_copy && stem < word.size() && std::any_of(opening.begin(), opening.end(), [&](const auto& w) {
               return std::string_view(w).starts_with(word.substr(0, stem));
           });
}

// "Sexta-feira, 5 Dezembro, 2026", "Vendredi 5 décembre 2026", "Sábado, 6 de diciembre de 2026": today's date opened
// by its weekday (lexicon section weekdays), six words at most, no stop: the clock a paper prints under its masthead.
bool todays_clock(const Block& clock) {
    const int most_clock_words = 6, least_clock_digits = 5;
    if (clock.words > most_clock_words || clock.digits < least_clock_digits || clock.end_punct)
        return false;
    static const LexiconSection& weekdays = any_language_section("weekdays"); // (merged once)
    std::string_view first = clock.lower.substr(0, clock.lower.find(' '));
    if (first.ends_with(','))
        first.remove_suffix(1);
    return weekdays.has(first);
}

// "Região de Leiria" / "Sexta-feira, 5 Dezembro, 2026" / "Assinaturas" / "Edição Digital" / "Início" / ..., "Le
// Courrier du Val" / "Vendredi 5 décembre 2026" / "Abonnements" / "Actualité" / "Sports": a short line over today's
// date opened by its weekday (lexicon section weekdays), among the page's first lines, and the site's menu under them
// (three lines or more of one to three words, no figure, no stop, no share button): the site's masthead over its
// clock, no title (the clock is no title's date line).
bool masthead_over_clock(const Page& p, std::size_t i) {
    const std::size_t most_first_lines = 6, least_entries = 3;
    const int most_name_words = 5, most_entry_words = 3;
    const auto& blocks = p.blocks;
    if (i > most_first_lines || i + 1 + least_entries >= blocks.size())
        return false;
    const Block& name = blocks[i];
    if (name.words > most_name_words || name.end_punct || name.digits > 0 || !todays_clock(blocks[i + 1]))
        return false;
    for (std::size_t k = i + 2; k < i + 2 + least_entries; ++k) {
        const Block& entry = blocks[k];
        if (entry.words < 1 || entry.words > most_entry_words || entry.digits > 0 || entry.end_punct ||
            share_button(entry))
            return false;
    }
    return true;
}

// "Channel Four West" / "Video" / "Live" / "News" / ... / "© 2026 Channel Four West", "Radio Lorval" / "Infos" /
// "Sport" / "Météo" / ... / "© Radio Lorval 2026": the page's first line, the name its copyright line or its address
// gives (names_own_site()), over the site's menu (three entries under it, each of one to three words:
// menu_item()): the site's masthead, no title, though the text names the site ("Channel Four West's Nora Quill
// reports." shares all its words).
bool masthead_over_menu(const Page& p, std::size_t i) {
    const std::size_t least_entries = 3;
    const int most_words = 3;
    const auto& blocks = p.blocks;
    if (i != 0 || least_entries >= blocks.size() || blocks[0].words > most_words || blocks[0].digits > 0 ||
        blocks[0].end_punct)
        return false;
    for (std::size_t k = 1; k <= least_entries; ++k)
        if (!menu_item(p, k) || blocks[k].words > most_words)
            return false;
    return names_own_site(blocks[0].text, own_names_of(p));
}

// "Le Petit Courrier de la Vallée" / "Le conseil adopte un nouvel horaire pour le bac" / ..., "The Gazette of the
// Harbour Valley" / <title>: the page's first line, a paper's name (outlet_masthead()), right over a line of a title's
// shape (four words or more, no stop), is the site's masthead, no title, whether or not a copyright line names it.
// "La Voix du Val Vert" / <title> / ... / "© La Voix du Val Vert 2026": so is a first line of no paper's noun that
// the copyright line or the address names (names_own_site()). "El Heraldo del Valle" / "Sábado, 6 de diciembre de
// 2026" / <title>: the paper's clock (todays_clock()) may stand between them. (A first line that is no paper's name,
// "Ferry timetable changes" / <standfirst>, is still read.)
bool masthead_over_title(const Page& p, std::size_t i) {
    const int least_title_words = 4, most_name_words = 6;
    const auto& blocks = p.blocks;
    if (i != 0 || blocks.size() < 3)
        return false;
    const std::size_t under = todays_clock(blocks[1]) && blocks.size() > 3 ? 2 : 1;
    const Block& title = blocks[under];
    if (title.words < least_title_words || title.text.ends_with('.') || title.digits > 0 || outlet_masthead(title))
        return false;
    const Block& name = blocks[0];
    return outlet_masthead(name) || (name.words <= most_name_words && name.digits == 0 && !name.end_punct &&
                                     names_own_site(name.text, own_names_of(p)));
}

// "Duration 1:58", "Durée 2:04", "Dauer: 1:45": a video player's length under its label (lexicon section
// player_duration_labels opening a line of three words at most, a figure in it): the player's line, no title.
bool labelled_length(const Block& b) {
    const int most_words = 3;
    return b.words <= most_words && !b.end_punct && duration_label_opening(b);
}

} // namespace

std::optional<Scored> score_title(TitleSearch& s, std::size_t i, std::size_t start) {
    const Page& p = s.p;
    const auto& blocks = p.blocks;
    const std::size_t n = s.n;
    if (!candidate(p, i))
        return std::nullopt;
    // "From: The Weekly Letter <news@...>" / "Subject: ..." / "Date: ...": the header block of an e-mail is no title;
    // the article's own title under it is (its subject line is taken only when nothing else is: choose_headline()).
    // ("Play video" / "02:35": a player's button and length, video_player_line(), are none either.)
    if (mail_header(p, i) || masthead_over_clock(p, i) || masthead_over_menu(p, i) || masthead_over_title(p, i) ||
        labelled_length(blocks[i]) || video_player_line(blocks[i]))
        return std::nullopt;
    // "13:55 Uhr / Pegel steigt weiter: Stadt sperrt zwei Brücken / <text>", "11.48 GMT / Talks resume at Acas",
    // "2h ago / Minister: offer \"fair and final\"" (a key-events box): the title of a live blog's entry, under its
    // time stamp among others, is no headline of the page, though the entries' text repeats its words.
    if (i > 0 && live_entry_title(p, i))
        return std::nullopt;
    const Block& b = blocks[i];
    const std::optional<Block> changed = own_features(p, i);
    const Block& probe = changed ? *changed : b;
    // The body follows, perhaps after the lead picture's caption and credit, or a star rating (star_rating_line()).
    std::size_t next = i + 1;
    while (next < n && next < i + 6 &&
           (p.role[next] == Role::duplicate || p.role[next] == Role::caption || p.role[next] == Role::credit ||
            p.role[next] == Role::byline || p.role[next] == Role::date ||
            (p.role[next] == Role::none && star_rating_line(blocks[next]))))
        ++next;
    // "Tribunales / Juicio por el fraude de los cursos de formación / El exconsejero niega ante el tribunal haber
    // dado ... / La Fiscalía mantiene su petición ... / Por X / <date>": where the text is taken to start at a title
    // over its deck and byline (titled_head_line()), the text starts under that head, and the antetítulo over it
    // opens nothing.
    bool opens_body = next == start && !titled_head_line(p, start);
    // "Chilblains / Chilblains are painful, itchy swellings on the skin. / <text>", "Frostbeulen / Frostbeulen sind
    // ...": a one-word title over its standfirst, a sentence opened by the title's word, opens the text as well, and
    // the standfirst names it as its subject (one_word_over_standfirst()).
    const bool subject_of_standfirst = probe.words == 1 &&
                                       (next == i + 1 || (next == i + 2 && p.role[i + 1] == Role::duplicate)) &&
                                       one_word_over_standfirst(s, i, probe, start);
    opens_body = opens_body || subject_of_standfirst;
    // "Wärmepumpen", "Chorgeschichte": a one-word title right over the article, though the site's menu prints it
    // too ("Start / Beratung / Fotografie / Kontakt / ... / Fotografie / <the page's text>": the page's own entry).
    // "ENVIRONMENT", "POLITIK" in capitals is the section's label over the headline.
    // "Startseite", "Accueil": the link to the site's home page names no article.
    static const LexiconSection& home_labels = any_language_section("home_labels");
    bool one_word = opens_body && probe.words == 1 && probe.letters >= 5 && heading_like(probe) &&
                    !all_capitals(probe.text) && !home_labels.has(text::lower(probe.text));
    const bool stopped_title = title_with_stop(p, i, probe);
    // "A cura della redazione Esteri", "Elaborado por la Redacción": the newsroom credited under the title
    // (desk_credit(): a short line only, the phrases are looked for at its first words).
    const int most_desk_credit_words = 8;
    // "All texts of this blog are under a Creative Commons license: attribution, ...": the site's
    // license in its sidebar names no article. "Jane Roe / Suivre / <the article>": the button to follow the
    // author over the text is no one-word title.
    // "Harbourside 2 (Okafor 71, 79) Millford 1 (Lindqvist 34)": the match's score line under a report's title is
    // its data (score_line()), and so are the scorers under it: "Diallo (58e), Berthelot (90e+3) pour Lens ; Kessler
    // (23e) pour Marseille" (scorers_line()).
    // "Warta Chełmno - Orzeł Kwidzyn 2:1 (0:1) / Bramki: 0:1 Pietrzak (27.), ... / Sędziował: ...": a row of a match's
    // facts box (match_facts_row()), printed over the report's text as under it, is no title either; nor is a live
    // ticker's banner of its latest entry (ticker_banner()). Nor is a point of a summary list printed without bullets
    // between the title and the byline (unlabelled_summary_point()); nor is an entry of a table of contents whose
    // titles the article prints again as its headings, nor one of those headings ("On this page / How keys are
    // computed / Where the cache lives / ... / How keys are computed / <text>", unnumbered_contents_lines()).
    // "Holloway double sinks Rovers as Athletic go top / Athletic 3 Rovers 1 / By ...", "El Castrovalle remonta ... /
    // Castrovalle 3 Atlético Soria 2": the score printed as each side and its goals (goals_after_teams()) right under
    // a title line (four words or more, no stop) is the match's data under the report's title, no title of its own.
    const bool score_under_title = probe.digits >= 2 && i > 0 && goals_after_teams(probe.text) &&
                                   blocks[i - 1].words >= 4 && !blocks[i - 1].end_punct &&
                                   text::starts_upper(blocks[i - 1].text) && !goals_after_teams(blocks[i - 1].text);
    if ((!headline_like(probe) && !one_word && !stopped_title) || tag_list(probe.text) || score_line(probe.text) ||
        score_under_title ||
        scorers_line(probe.text) || opens_with_date_label(probe) || list_item(p, i) || key_point_item(p, i) ||
        parallel_link(p, i) || dated_row(p, i) || dated_list_label(p, i) || license_notice(b) ||
        (one_word && follow_button(probe.text)) ||
        match_facts_row(p, i) || (probe.words <= 6 && place_agency_line(probe.text)) || episode_label(probe) ||
        show_label(probe) || name_of_closing_bio(s, probe) || role_under_bio_name(s, i, probe) ||
        desk_and_name(probe) || newsroom_line(probe) || (probe.words <= most_desk_credit_words && desk_credit(probe)) ||
        menu_run(p, i) || reading_aid(probe) || star_rating_line(probe) || reporting_place(probe) ||
        is_credit_line(probe) || picture_marker_line(probe) || institution_byline(probe) || ticker_banner(probe.text) ||
        open_row(probe.text) || name_dash_outlet(probe) || bio_under_name(p, i, probe) ||
        name_over_follow(p, i, probe) || unlabelled_summary_point(p, i) || s.contents_line(i) ||
        caption_closed_by_credit(b))
        return std::nullopt;
    // Words the rest of the article repeats (a line inside the region does not count itself).
    int content = 0, shared = 0;
    const auto& own = probe.lower_words();
    for (const auto& w : own) {
        if (!four_cp_or_more(w))
            continue;
        ++content;
        int times = s.body_words.occurrences(w);
        if (s.counted(i))
            times -= static_cast<int>(std::count(own.begin(), own.end(), w));
        shared += times > 0;
    }
    double overlap = content == 0 ? 0.0 : static_cast<double>(shared) / std::max(content, 3);
    // ("Ruth Marsh" / "Harbour Gazette" / "Published ...": the paper's name printed as the page's first line, its
    // masthead, is the author's paper, though the text repeats its words.)
    const bool masthead = probe.repeats > 0 && blocks.front().text == probe.text;
    if ((shared == 0 || masthead) && affiliation_under_name(p, i, probe))
        return std::nullopt;
    double score = 1.0 + 5.0 * overlap;
    if (probe.words >= 4 && probe.words <= 25)
        score += 2;
    if (b.blank_before && b.blank_after)
        score += 0.5;
    // A headline is printed again (title bar, share box, related list), often more than once; a menu label
    // is too, but it is short, or it is printed again with the rest of its menu. A short title printed again right
    // under it or over it (crumb_over_title()) is the page's own, though the site's menu lists it too.
    if (repeated_menu(p, i))
        score -= 3;
    else if (crumb_over_title(p, i, probe))
        score += 2;
    else if (probe.repeats > 0 && probe.words >= 4)
        score += probe.repeats > 1 ? 2 : 1;
    else if (probe.repeats > 1)
        score -= 1;
    // What follows within a few lines: a byline or a date, the surest sign of a headline. A date among
    // others a few lines apart dates the teasers of a list ("Title / 4. März 2024 / Title / 4. März 2024").
    // ("<title> / <standfirst> / Copiar link / <caption - credit> / Marina Coutinho / Otávio Ramalho / Campinas /
    // <date>": the lead picture's lines, read as its caption and credit, do not count.)
    std::size_t reach = i + 6;
    for (std::size_t k = i + 1; k < n && k <= reach; ++k) {
        if (p.role[k] == Role::caption || p.role[k] == Role::credit) {
            ++reach;
            continue;
        }
        if (p.role[k] == Role::byline || p.role[k] == Role::date) {
            if (!teaser_date(p, k))
                score += k <= i + 3 && !titled_below(p, i, k) ? 3 : 1.5;
            break;
        }
    }
    if (first_of_labelled_items(p, i))
        score -= 3;
    // "Pressemitteilung 02. November 2021" just above: a date line opens many headlines.
    if ((i >= 1 && p.role[i - 1] == Role::date) || (i >= 2 && p.role[i - 2] == Role::date && p.role[i - 1] != Role::none))
        score += 1;
    if (opens_body)
        score += 1;
    if (subject_of_standfirst)
        score += 2;
    // "#PhotoApp is testing voice notes for its feed", "#1 choice of Mac users": a post of a social network
    // embedded in the page, or a slogan; a headline seldom opens with a hash sign.
    if (probe.text.starts_with("#"))
        score -= 3;
    // "Fotoapp testet neue..." just above: a breadcrumb prints the headline cut short.
    for (std::size_t k = i >= 3 ? i - 3 : 0; k <= i + 3 && k < n; ++k) {
        std::string_view cut = blocks[k].text;
        if (k == i || !trails_off(cut))
            continue;
        cut.remove_suffix(cut.ends_with("...") ? 3 : std::string_view("…").size());
        cut = text::trim(cut);
        if (cut.size() < probe.text.size() && probe.text.starts_with(cut) && text::split_ws(cut).size() >= 2) {
            score += 2;
            break;
        }
    }
    // Printed again as a piece of a title bar or breadcrumb: "Headline | Site".
    if (probe.words >= 3 && (s.printed_as_piece(probe.text) || s.crumbs.prints(probe.text)))
        score += 2;
    if (s.named.count(probe.text))
        score += 4;
    // "Die Stadt und ihr Hafen: Zwischen Kranen und Kais...": a teaser cut short, or a site's tagline trailing off.
    if (trails_off(b.text))
        score -= 3;
    // "Apoyá el periodismo local por $500 al mes / Iniciar sesión": the page's first lines over its log-in and menu
    // links are the site's name, tagline or a promotion.
    if (i <= 1 && i + 3 < start && i + 1 < n && blocks[i + 1].boilerplate)
        score -= 1.5;
    // An item of a menu: its neighbours are short labels too.
    int menu = 0;
    for (std::size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < n; ++k)
        menu += k != i && menu_item(p, k);
    // "Blog / Tiere in der Industrie / Tierische Mitbewohner": a label as short as a menu's, between two of them.
    if ((menu >= 3 || b.words <= 4) && i > 0 && i + 1 < n && menu_item(p, i - 1) && menu_item(p, i + 1))
        score -= 1.5;
    // Inside the article, once its prose has begun, a title-like line is a heading or a caption.
    if (i > start && body_started(p, start, i))
        score -= 3;
    // Distance to the article in lines of text: share buttons, tags and menu labels between them do not count, nor do
    // the page's reading aids, buttons and marks (page_chrome()).
    std::size_t lo = std::min(i, start), hi = std::max(i, start);
    const std::size_t chrome = s.chrome_lines[hi] - s.chrome_lines[lo];
    score -= 0.05 * static_cast<double>(s.long_lines[hi] - s.long_lines[lo]) +
             0.02 * static_cast<double>(hi - lo - chrome);
#ifdef ARCHIVE_DEBUG_CLASSIFY
    std::fprintf(stderr, "headline? %zu %.2f ov=%.2f %.70s\n", i, score, overlap, b.text.c_str());
#endif
    return Scored{i, score, overlap};
}

} // namespace archive
