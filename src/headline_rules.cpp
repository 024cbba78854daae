// The rules that prefer another line than the best-scored title (prefer_neighbour(), after score_title() in
// headline_score.cpp has scored the candidates that choose_headline() in headline_choice.cpp picked): a kicker or a
// title over a standfirst or deck, the title over its byline, the title under a label, a breadcrumb's end, the title
// signed by its date, the article's title over a comment thread, the title printed whole at the page's top. Each rule
// is a member of the state they share (Choice); the lines they ask of (signs(): a date or a byline) are worked out
// once for the page.
#include "bylines.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "page.hpp"
#include "text.hpp"
#include "topic_lines.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace archive {

bool byline_over_title(const Page& p, std::size_t name, std::size_t title) {
    const int least_title_words = 3;
    const std::size_t most_apart = 2; // the title, perhaps printed twice
    if (title <= name || title > name + most_apart || title >= p.blocks.size())
        return false;
    for (std::size_t k = name + 1; k < title; ++k)
        if (p.role[k] != Role::duplicate)
            return false;
    return p.blocks[title].words >= least_title_words && names_line(p.blocks[name].text).has_value();
}

bool named_in_byline(const Page& p, std::size_t name) {
    const std::string& person = p.blocks[name].text;
    for (std::size_t k = 0; k < p.blocks.size(); ++k)
        if (k != name && p.role[k] == Role::byline && p.blocks[k].text.find(person) != std::string::npos)
            return true;
    return false;
}

// "La Regione stanzia 18 milioni. Coldiretti: \"Un primo passo\"", "Der Kanton zahlt 18 Millionen. Die Bauern:
// \"Ein erster Schritt\"": whether a line holds a sentence's stop after a word of two letters or more (no initial, no
// "Nr.") with more text after it, a capital, a figure or a quotation mark first: a standfirst of two sentences, as a
// headline seldom is.
bool sentence_inside(std::string_view line) {
    const std::size_t shortest_word = 3; // bytes before the stop: "milioni", "2026", not "J." or "St."
    for (std::size_t at = line.find(". "); at != std::string_view::npos; at = line.find(". ", at + 1)) {
        std::size_t word = at;
        while (word > 0 && line[word - 1] != ' ')
            --word;
        if (at - word < shortest_word || at + 2 >= line.size())
            continue;
        std::size_t i = at + 2;
        const char32_t next = text::next_cp(line, i);
        if (text::is_upper(next) || text::is_digit(next) || next == '"' || next == 0x201C || next == 0x201E ||
            next == 0xAB)
            return true;
    }
    return false;
}

namespace {

// A line of the page that reads as a date line or a byline, by its text alone (`may_be_byline`: may_be_byline(b)).
bool reads_as_sign(const Page& p, const Block& b, bool may_be_byline) {
    return (b.digits > 0 && read_dates(b.text, p.language).is_date_line) ||
           (may_be_byline && byline_authors(b.text, p.language));
}

// signs() of the page's lines, each worked out once: the candidate titles share their neighbours, and the rows
// around them. signs(): a date or byline line, even one further from the article than the lines given those roles.
class Signs {
public:
    explicit Signs(const Page& p) : p_(p), memo_(p.blocks.size(), -1) {}
    bool operator()(std::size_t k) {
        if (memo_[k] < 0)
            memo_[k] = signs(k) ? 1 : 0;
        return memo_[k] == 1;
    }
    const Page& page() const { return p_; }

private:
    bool signs(std::size_t k) {
        if (p_.role[k] == Role::byline || p_.role[k] == Role::date)
            return true;
        const Block& b = p_.blocks[k];
        if (p_.role[k] != Role::none || b.words > 30 || p_.no_byline_date[k])
            return false;
        // (A date line has a digit, and a byline opens as may_be_byline() says: the lines of a long page above its
        // headline, which the rules ask about, are most of them settled without reading their dates or names.)
        const bool byline_shaped = may_be_byline(b);
        if (b.digits == 0 && !byline_shaped)
            return false;
        if (b.repeats == 0)
            return reads_as_sign(p_, b, byline_shaped);
        // (A text the page prints again, a teaser's date or a list's byline, is read once: its copies are told by
        // the text alone.)
        auto [at, added] = repeated_.try_emplace(b.text, false);
        if (added)
            at->second = reads_as_sign(p_, b, byline_shaped);
        return at->second;
    }
    const Page& p_;
    std::vector<signed char> memo_;
    std::unordered_map<std::string_view, bool> repeated_;
};

// One date of a row, two more within four lines of it: the dates of a list of teasers or of a comment thread.
bool row_date(Signs& signs, std::size_t k) {
    const std::size_t reach = 4, least_others = 2;
    std::size_t others = 0;
    for (std::size_t j = k >= reach ? k - reach : 0; j <= k + reach && j < signs.page().blocks.size(); ++j)
        others += j != k && signs(j);
    return others >= least_others;
}

// "Mira sagt:", "Ben says:": the header of a comment, a name and a verb of saying, over the comment's date.
bool comment_header(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const Lexicon* lex = lexicon(p.language);
    if (lex == nullptr || b.words < 2 || b.words > 5 || !b.text.ends_with(':'))
        return false;
    auto words = text::words_lower(b.text);
    return !words.empty() && lex->speech_verbs.count(words.back()) > 0;
}

// The date or byline line right under title line i (past a duplicate, a caption or a credit), or 0.
std::size_t signing_line(Signs& signs, std::size_t i) {
    const Page& p = signs.page();
    std::size_t j = i + 1;
    while (j < p.blocks.size() && j < i + 4 &&
           (p.role[j] == Role::duplicate || p.role[j] == Role::caption || p.role[j] == Role::credit))
        ++j;
    return j < p.blocks.size() && signs(j) && !row_date(signs, j) ? j : 0;
}

// A title signed by its own date or byline, under it or just over it.
bool signed_title(Signs& signs, std::size_t h) {
    if (signing_line(signs, h) != 0)
        return true;
    for (std::size_t k = h >= 2 ? h - 2 : 0; k < h; ++k)
        if (signs(k) && !row_date(signs, k) && !(k > 0 && comment_header(signs.page(), k - 1)))
            return true;
    return false;
}

// "Home › News › Headline" over "Headline": a breadcrumb or title bar is no headline of its own.
bool nested(const std::string& x, const std::string& y) {
    std::string lx = text::lower(x), ly = text::lower(y);
    return lx.find(ly) != std::string::npos || ly.find(lx) != std::string::npos;
}

// "Site name / Climate / Headline": a line between them that is not a duplicate (a section label) parts them.
bool adjacent(const Page& p, std::size_t above, std::size_t below) {
    for (std::size_t k = above + 1; k < below; ++k)
        if (p.role[k] != Role::duplicate)
            return false;
    return true;
}

// "Cotidiano / Chuva deixa 2.300 desalojados ... / Rio subiu 4 metros em 12 horas; ... / Renata Moraes", "Weather /
// Storm closes the coast road for a second night / Crews say the cliff may need weeks of work / By Ana Ruiz": a
// section label of one to three words without a stop right over line `title` (past a duplicate), as a kicker heads
// the headline: the line it heads is the title, the one under it a deck. (A topic's label in capitals may run to five
// words: "MANOVRA DI BILANCIO STATALE", "STREIT UM DIE SCHULDENBREMSE".)
bool under_kicker(const Page& p, std::size_t title) {
    const int most_label_words = 3, most_capitals_label_words = 5;
    std::size_t k = title;
    while (k > 0 && p.role[k - 1] == Role::duplicate && p.blocks[k - 1].text != p.blocks[title].text)
        --k;
    if (k == 0)
        return false;
    const Block& label = p.blocks[k - 1];
    const int most_words =
        label.words > most_label_words && all_capitals(label.text) ? most_capitals_label_words : most_label_words;
    return label.words >= 1 && label.words <= most_words && !label.end_punct && label.digits == 0 && label.urls == 0 &&
           label.separators == 0 &&
           (p.role[k - 1] == Role::none || p.role[k - 1] == Role::duplicate || p.role[k - 1] == Role::kicker);
}

// "Condividi", "Ascolta l'articolo", "Tempo di lettura: 4 minuti", "Fonte Polizia cantonale", "Share", "Partager":
// a share button's, an audio player's, a reading time's or a source's line of five words at most with no stop, which
// a site prints between a standfirst and its byline or date (a line no role claims, or boilerplate). ("Anzeige",
// "Publicidad": an advertisement's label, lexicon section ad_labels, parts the head from a paragraph of the text.)
bool head_aside(const Page& p, std::size_t k) {
    const int most_words = 5;
    static const LexiconSection& ad_labels = any_language_section("ad_labels"); // (merged once)
    const Block& b = p.blocks[k];
    return (p.role[k] == Role::none || p.role[k] == Role::boilerplate) && b.words >= 1 && b.words <= most_words &&
           !b.end_punct && b.urls == 0 && !ad_labels.has(text::trim(b.lower));
}

// "... / Renata Moraes / 03.dez.2026", "... / By Dana Orr and Marc Lee / Updated Dec. 3": the line right under deck
// line `deck` (past a duplicate, a caption or a credit, and up to two head_aside() lines) signs it: a byline or a
// date, or a person's name alone.
bool signed_deck(Signs& signs, std::size_t deck) {
    const Page& p = signs.page();
    const std::size_t most_asides = 2, most_skipped = 3;
    std::size_t j = deck + 1;
    for (std::size_t asides = 0;; ++asides, ++j) {
        const std::size_t reach = j + most_skipped;
        while (j < p.blocks.size() && j < reach &&
               (p.role[j] == Role::duplicate || p.role[j] == Role::caption || p.role[j] == Role::credit))
            ++j;
        if (j >= p.blocks.size())
            return false;
        if (signs(j) || (p.role[j] == Role::none && names_line(p.blocks[j].text)))
            return true;
        if (asides == most_asides || !head_aside(p, j))
            return false;
    }
}

// "... / <title> / Zwölf Stunden rangen die Spitzen um den Etat. Am Ende stand ein Kompromiss. / Von X": the line
// right under title line `h` is a standfirst: a paragraph of prose (prose_paragraph()) twice as long as the title at
// least, signed by the byline or date right under it (signed_deck()).
bool standfirst_below(Signs& signs, std::size_t h) {
    const Page& p = signs.page();
    const std::size_t j = h + 1;
    return j < p.blocks.size() && p.blocks[j].words >= 2 * p.blocks[h].words && prose_paragraph(p, j) &&
           signed_deck(signs, j);
}

// "Juicio por el fraude de los cursos de formación / El exconsejero niega ante el tribunal haber dado ... /
// La Fiscalía mantiene su petición de ocho años ... / Por X", "Processo per la frana di Casamicciola / L'ex sindaco
// nega ogni responsabilità davanti ai giudici ... / La procura chiede sei anni ... / di X": the line right under title
// line `h` is its subtítulo or sommario, a deck of a sentence's length printed without a stop, not much shorter than
// the title (nearly_as_long()), signed by the byline or date right under it (signed_deck()).
bool deck_line_below(Signs& signs, std::size_t h) {
    const Page& p = signs.page();
    const int least_words = 8;
    const std::size_t j = h + 1;
    if (j >= p.blocks.size() || p.role[j] != Role::none)
        return false;
    const Block& deck = p.blocks[j];
    return deck.words >= least_words && !deck.end_punct &&
           (deck.words >= p.blocks[h].words || nearly_as_long(deck.words, p.blocks[h].words)) && headline_like(deck) &&
           signed_deck(signs, j);
}

// "Última hora de la cumbre, en directo | Los países ricos ofrecen 150.000 millones", "En direct | Les dockers
// votent la grève", "Live | Dockers vote to strike at the port": a live report's title, its live flag (lexicon
// section status_flags: the whole piece, or its last words after a comma) on one side of a bar and a title of four
// words or more opening with a capital on the other. The words of the title's piece; 0 when the line is no such title.
int live_bar_title_words(const Block& b) {
    const int least_title_words = 4;
    if (b.separators != 1)
        return 0;
    const std::size_t bar = b.text.find(" | ");
    if (bar == std::string::npos)
        return 0;
    static const LexiconSection& flags = any_language_section("status_flags"); // (merged once)
    auto flag = [&](std::string_view piece) {
        const std::string low = text::lower(text::trim(piece));
        const std::size_t comma = low.rfind(", ");
        return flags.has(low) || (comma != std::string::npos && flags.has(std::string_view(low).substr(comma + 2)));
    };
    auto title_words = [&](std::string_view piece) {
        const auto words = text::split_ws(piece);
        const int n = static_cast<int>(words.size());
        return n >= least_title_words && text::starts_upper(text::trim(piece)) ? n : 0;
    };
    const std::string_view line = b.text, left = line.substr(0, bar), right = line.substr(bar + 3);
    if (flag(left))
        return title_words(right);
    if (flag(right))
        return title_words(left);
    return 0;
}

const double tie_margin = 2.0;
const double deck_margin = 3.0; // a deck more than twice as long as a line above that shares the article's words
const double kicker_deck_margin = 4.0; // a deck of a title's length under it, the title under a kicker
const int least_deck_words = 8;        // a deck under a kicker's title: a sentence's length, not a title's
const std::size_t tie_dist = 2; // just above, perhaps with a duplicate between
const int long_teaser_words = 16;
const int most_long_kicker_words = 7; // a kicker of a few words more than a label's, over a title and its standfirst

// What the rules share: the candidates' scores, the line chosen so far and the score it is measured against (a rule
// may move the choice and keep the score), and the signs of the page's lines. (The page's roles do not change in
// here: the signs of its lines, worked out once, serve every rule.) Each rule is a member, applied in the order
// prefer_neighbour() calls them.
struct Choice {
    Choice(TitleSearch& search, const std::vector<Scored>& scored, std::optional<std::size_t> line, double score)
        : s(search), p(search.p), blocks(search.p.blocks), scores(scored), headline(line), best(score),
          line_signs(search.p) {}

    void title_over_byline();
    void title_over_standfirst();
    void title_over_gallery_standfirst();
    bool gallery_label_over(std::size_t title);
    void title_under_label();
    void breadcrumb_end();
    void title_over_date();
    void title_over_thread();
    void title_under_dated_office();
    void title_under_masthead();
    std::optional<std::size_t> printed_whole() const;

    // A title-shaped line right over line `h`: `least_words` words or more, no separator but a dashed title's, not
    // trailing off (what title_over_byline() and title_over_gallery_standfirst() both ask of the line they prefer).
    bool title_shaped_over(const Scored& c, std::size_t h, int least_words) const {
        const Block& b = blocks[c.line];
        return c.line < h && adjacent(p, c.line, h) && b.words >= least_words &&
               (b.separators == 0 || dashed_title(b.text)) && !trails_off(b.text);
    }

    TitleSearch& s;
    const Page& p;
    const std::vector<Block>& blocks;
    const std::vector<Scored>& scores;
    std::optional<std::size_t> headline;
    double best;
    Signs line_signs;
};

// "The robots that will sort your recycling / Will Knight / <the article>", "Hafen erneuert die Kais / Per Holm,
// Redakteur / <the article>": a line that is only a person's name (a job title after it perhaps) right under a
// title-like line of three words or more is the title's byline, though its words ("will") are the article's too.
// Right over such a line, named by a byline of the page too ("Kolumnen / Jane Roe / Notes from the quay / ... /
// Column: Jane Roe"), it is the byline of the title under it, printed first as a column prints its author.
void Choice::title_over_byline() {
    const int least_title_words = 3;
    auto under = std::find_if(scores.begin(), scores.end(),
                              [&](const Scored& c) { return headline && byline_over_title(p, *headline, c.line); });
    if (under != scores.end() && under->overlap > 0 && !trails_off(blocks[under->line].text) &&
        named_in_byline(p, *headline)) {
        headline = under->line;
        best = under->score;
    } else if (headline && under == scores.end()) {
        const std::size_t h = *headline;
        // (names_line() reads a line slowly: the best line is asked only when a title-like line right over it could
        // take its place, and such a line only once the best line reads as a name.)
        auto title_shaped = [&](const Scored& c) { return title_shaped_over(c, h, least_title_words); };
        auto title = scores.end();
        if (std::any_of(scores.begin(), scores.end(), title_shaped) && names_line(blocks[h].text))
            title = std::find_if(scores.begin(), scores.end(),
                                 [&](const Scored& c) { return title_shaped(c) && !names_line(blocks[c.line].text); });
        if (title != scores.end()) {
            headline = title->line;
            best = title->score;
        }
    }
}

// Does a picture gallery's first slides follow the head line `h` within a few lines past its date and byline: the
// counter "1/6" (or "1 / 6") and, a line or two further, "2/6"? A gallery's captions are its text.
bool gallery_under(Signs& signs, std::size_t h) {
    const Page& p = signs.page();
    const std::size_t reach = 4, slide_reach = 3;
    std::size_t k = h + 1;
    while (k < p.blocks.size() && k <= h + reach && !gallery_counter(p.blocks[k]) &&
           (signs(k) || p.role[k] == Role::byline || p.role[k] == Role::date || p.role[k] == Role::duplicate))
        ++k;
    if (k >= p.blocks.size() || k > h + reach)
        return false;
    const auto first = gallery_counter(p.blocks[k]);
    if (!first || first->first != 1)
        return false;
    for (std::size_t j = k + 1; j < p.blocks.size() && j <= k + slide_reach; ++j)
        if (const auto next = gallery_counter(p.blocks[j]))
            return next->first == 2 && next->second == first->second;
    return false;
}

// "Fotostrecke / Lichterfest in Wendenburg: Tausende feiern in der Altstadt / Bilder vom Wochenende / 07.12.2026 /
// 1/6 / <caption> / 2/6 ...", "Photos / Lantern festival in Wendle: thousands celebrate / Pictures from the weekend
// / By Paula Hanson / 1/6 ...": a gallery prints no article, so the line its captions' words pick is as likely the
// short standfirst as the title; the title-like line right over the best line, under a label, is the title when the
// gallery's first slides follow the best line's date or byline (the best line is then its standfirst, however
// short).
void Choice::title_over_gallery_standfirst() {
    const int least_title_words = 4;
    if (!headline || *headline == 0)
        return;
    const std::size_t h = *headline;
    auto title = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
        const Block& b = blocks[c.line];
        return title_shaped_over(c, h, least_title_words) && !b.end_punct && !nested(b.text, blocks[h].text) &&
               under_kicker(p, c.line);
    });
    if (title == scores.end() || !(gallery_under(line_signs, h) || gallery_label_over(title->line)))
        return;
    headline = title->line;
    best = title->score;
}

// "Bildergalerie / Erntedankumzug in Moordorf: Hunderte säumen die Hauptstraße / Bilder vom Umzug / 07.12.2026 / Von
// Jan Ottmers / <text>", "Photo gallery / <title> / Scenes from the weekend / <byline> / <text>": the button of the
// article's gallery (lexicon section gallery_labels, a line of three words at most, no figure nor stop) right over
// the title-like line, over the best line signed by the date or byline: the line under the button is the title, the
// best line its short standfirst, as on the gallery's own page.
bool Choice::gallery_label_over(std::size_t title) {
    return title > 0 && gallery_label_word(blocks[title - 1]) && signed_title(line_signs, title + 1);
}

// Kicker, headline, standfirst: when a title-like line just above the best one shares the article's words almost as
// well, or the best one is more than twice as long (a deck: "Trauern im Netz" over "Eine Andacht im Chat lädt zum
// Gedenken an die Verstorbenen ein"), the best one is the standfirst and the line above is the headline.
void Choice::title_over_standfirst() {
    const std::size_t n = s.n, first_text = s.first_text;
    const double repeat_margin = 4.0;
    const std::size_t long_deck_dist = 5;
    const std::size_t repeat_dist = 4;
    while (headline) {
        // "Trauern im Netz / Eine Andacht im Chat lädt zum Gedenken ein / <the article>": a subtitle opens the
        // article right under its title, signed by no date or byline; a shorter title-like line over it is the
        // headline, as over a deck. (Over a signed line, "Le droit en débats / Libre cours : ... / Par ... le 7 mai",
        // the shorter line is a label.)
        std::size_t after = *headline + 1;
        while (after < n && (p.role[after] == Role::duplicate || p.role[after] == Role::caption))
            ++after;
        const bool unsigned_subtitle = after >= first_text && !signed_title(line_signs, *headline);
        const auto scored_headline = std::find_if(scores.begin(), scores.end(),
                                                  [&](const Scored& c) { return c.line == *headline; });
        const double headline_overlap = scored_headline == scores.end() ? 1.0 : scored_headline->overlap;
        const std::size_t sign = signing_line(line_signs, *headline);
        const bool bylined = sign != 0 && p.role[sign] == Role::byline;
        // "Haushaltsstreit in der Koalition / Die Nacht, in der dem Minister der Kragen platzte / Zwölf Stunden rangen
        // die Spitzen um den Etat. Am Ende ... / Von X", "Crise au port / La nuit où le maire a tout lâché / Douze
        // heures de réunion ... / Par X": a standfirst right under the best line, signed by the byline or date under
        // it, makes that line the title (a head has one standfirst): however much longer than the kicker over it, it
        // is no deck.
        const bool standfirst_under = standfirst_below(line_signs, *headline);
        // A head has one deck: the best line over its own signed deck is the title, and a shorter line over it that
        // shares the article's words as well is its antetítulo, a kicker.
        const bool own_deck = deck_line_below(line_signs, *headline);
        auto above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            const Block& b = blocks[c.line];
            // "Councils warn of bin collection cuts as budget gap widens / Town halls in the north say ... unless
            // ministers find an extra £600m / By Tom Ashworth": a standfirst of sixteen words or more, signed by the
            // byline under it, half as long again as the title-like line over it is a deck too.
            const int deck_words = blocks[*headline].words;
            bool deck_below = 2 * b.words < deck_words || (unsigned_subtitle && b.words < deck_words) ||
                              (deck_words >= long_teaser_words && 3 * b.words <= 2 * deck_words &&
                               signed_title(line_signs, *headline));
            // "Xylella, via libera ai reimpianti di ulivi in 40 comuni / La Regione stanzia 18 milioni. Coldiretti:
            // \"...\"": a line of two sentences under a title of one is a standfirst, however long, its quote
            // sharing the article's words better than the title does.
            deck_below = deck_below || (sentence_inside(blocks[*headline].text) && !sentence_inside(b.text) &&
                                        !b.end_punct);
            // "Berlin, 8. Mai 2025 / Förderprogramm für Radwege startet / Kommunen können ab sofort Mittel für
            // Radwege beantragen / <the article>", "Paris, le 3 mars 2025 / Le port rouvre ses quais / Les bateaux
            // reprennent leurs rotations dès lundi après six mois de travaux / <the article>": the date line right
            // over the shorter line signs it, not the longer one under it; that one, signed by nothing of its own
            // and printed without a stop, is its deck, as a subtitle under its title is.
            const bool dated_title = c.line + 1 == *headline && c.line > 0 && !blocks[*headline].end_punct &&
                                     b.words < deck_words && sign == 0 && line_signs(c.line - 1) &&
                                     !row_date(line_signs, c.line - 1);
            deck_below = deck_below || dated_title;
            // "Cotidiano / Chuva deixa 2.300 desalojados no interior paulista e prefeitura decreta emergência / Rio
            // Tapiraí subiu 4 metros em 12 horas; Defesa Civil monitora três barragens / Renata Moraes": under a
            // kicker, a title-like line over a signed line at least as long is the headline and that line its deck,
            // both printed without a stop (a deck sums the article, so it shares more of its words).
            // (Its score is the surer the more of the lede it repeats: a wider margin than a deck's.) A deck is a
            // sentence's length ("Member Services / Log in| Join the Guild / Quay Tours Reopen for Spring / 3.4.26":
            // a title of five words under a bar of links is no deck), and a line with a bar is a bar.
            // "Kommentar / Die Partei verspielt ihren letzten Kredit / Wer die Teuerung bekämpfen will, muss mehr tun
            // als Gutscheine verteilen / Eva Huber": a commentary's title of five words or more, its image sharing no
            // word with the text, over a deck that is a sentence's clauses (a comma inside) is the title too.
            const int least_unshared_title_words = 5;
            const bool clause_deck = blocks[*headline].text.find(", ") != std::string::npos;
            const bool kicker_deck = !b.end_punct && !sentence_inside(b.text) &&
                                     (b.words <= deck_words || nearly_as_long(deck_words, b.words)) &&
                                     deck_words >= least_deck_words &&
                                     (c.overlap > 0 || (b.words >= least_unshared_title_words && clause_deck)) &&
                                     b.text.find('|') == std::string::npos &&
                                     under_kicker(p, c.line) && signed_deck(line_signs, *headline) &&
                                     !standfirst_under;
            deck_below = (deck_below || kicker_deck) && !standfirst_under;
            // A line above more than twice as long is a teaser or a standfirst printed first, not the headline.
            // (A live report's title over its standfirst is measured without its live flag.)
            const int live_title_words = live_bar_title_words(b);
            bool much_longer = (live_title_words > 0 ? live_title_words : b.words) > 2 * blocks[*headline].words;
            double margin = kicker_deck ? kicker_deck_margin : deck_below && c.overlap > 0 ? deck_margin : tie_margin;
            // "Renters face record rises as councils struggle to meet demand / Average rents in England rose 9% in the
            // year to October, with the steepest increases in the north-west / Anna Kowal / 24 Nov 2026": a long
            // standfirst signed by the byline under it (sixteen words or more, half as long again as the line over
            // it) sums the article and shares more of its words than any title could; the line right over it, longer
            // than a kicker's label, without a stop and sharing the article's words, is its title whatever the score.
            const int most_kicker_words = 4;
            const bool signed_long_deck = deck_words >= long_teaser_words && 3 * b.words <= 2 * deck_words &&
                                          b.words > most_kicker_words && !b.end_punct && c.overlap > 0 &&
                                          (signed_title(line_signs, *headline) || signed_deck(line_signs, *headline));
            // "Noticias / Mercado de Santurce reabre sus puertas tras dos años de obras / Los comerciantes celebran
            // el regreso de los clientes / Por Ana Colón", "News / Covered market reopens its doors after two years
            // of repairs / Traders say they are glad to see shoppers back / By Ana Cole": under a section's label,
            // over a line signed by the byline right under it, a title-like line that shares a larger part of the
            // article's words than that line is the title, the signed line its standfirst, though shorter. (A blog's
            // title is signed by its date alone: "harbour notes / <the blog's tagline> / <title> / <date>".)
            const bool sharper_title = c.overlap > headline_overlap && bylined && under_kicker(p, c.line);
            return !own_deck && c.line + tie_dist >= *headline && c.line < *headline &&
                   adjacent(p, c.line, *headline) && (c.score >= best - margin || signed_long_deck) &&
                   (c.overlap >= 0.5 || deck_below || sharper_title) && b.words >= 4 && !much_longer &&
                   (b.separators == 0 || dashed_title(b.text) || live_title_words > 0) && !trails_off(b.text) &&
                   !nested(b.text, blocks[*headline].text);
        });
        // The page prints its headline again (a breadcrumb, a share box) but not its standfirst: a line just above
        // the best one that is printed again, when the best one is not, is the headline even a little further up.
        if (above == scores.end())
            above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
                const Block& b = blocks[c.line];
                return c.line + repeat_dist >= *headline && c.line < *headline && c.score >= best - repeat_margin &&
                       c.overlap >= 0.5 && b.words >= 3 && b.repeats > 0 && blocks[*headline].repeats == 0 &&
                       b.separators == 0 && !trails_off(b.text) && !nested(b.text, blocks[*headline].text) &&
                       !repeated_menu(p, c.line);
            });
        // "Digital IDs for all: the plan / harbour-news.example / November 6, 2023 / Surveillance / The programme
        // funds ..., while ... (sixteen words or more)": a deck longer than most headlines, under the title signed by
        // its date, with only the date, the site's name or a label between them.
        if (above == scores.end() && blocks[*headline].words >= long_teaser_words)
            above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
                const Block& b = blocks[c.line];
                if (c.line >= *headline || c.line + long_deck_dist < *headline || c.score < best - tie_margin ||
                    b.words < 4 || b.separators != 0 || trails_off(b.text))
                    return false;
                bool signed_title = byline_or_date(p, c.line + 1) || (c.line + 2 < *headline && byline_or_date(p, c.line + 2));
                if (!signed_title)
                    return false;
                for (std::size_t k = c.line + 1; k < *headline; ++k)
                    if (!byline_or_date(p, k) && !(p.role[k] == Role::none && blocks[k].words <= 3))
                        return false;
                return true;
            });
        if (above == scores.end())
            break;
        headline = above->line;
        best = above->score;
    }
}

// "Fête de l'Escalade" / "Des milliers de Genevois ont défilé dans la Vieille-Ville", "Zürcher Knabenschiessen" /
// "Tausende Besucher pilgerten trotz Regen zum Albisgütli": under the label naming the event, which the text repeats,
// a title of six words or more, no stop closing it, is the headline though the text repeats none of its words (a
// gallery's or a short report's few lines retell the event, not the title).
bool title_under_topic(const Block& b) {
    const int least_title_words = 6;
    return b.words >= least_title_words && !b.end_punct;
}

// "Populationsbasierte Kohortenstudie" over "Schwangere zu mehr Bewegung motivieren": a label of three words or
// fewer names the topic, so it shares the article's words best, but the longer title right under it is the
// headline and the label its kicker.
// "Everything is ready for the march that the unions call together with ... parties" over "\"The court does not
// deliver justice\"": a line longer than most headlines (sixteen words or more) and more than twice as long as
// the title-like line right under it is the teaser printed over the headline.
void Choice::title_under_label() {
    // (A live report's title, "Última hora de la cumbre, en directo | <title>", is as long as its title's piece: its
    // live flag makes no teaser of it.)
    const int live_title_words = headline ? live_bar_title_words(blocks[*headline]) : 0;
    // (The rules below are asked in turn, the first whose line fits; a label in capitals that fits one of the first
    // three but moves nothing there is still asked by the last.)
    const std::optional<std::size_t> label_line = headline;
    bool asked = true;
    // "Le dossier : la réforme des retraites / Les syndicats appellent à une nouvelle journée de grève / ...",
    // "Das Thema: Wohnen in der Stadt / Mieten im Seetal steigen schneller als im Landesschnitt / ...": a topic the
    // paper opens (topic_label_line()) right over a title-like line sharing the article's words is its kicker, that
    // line the headline, whatever their scores. Asked first: the label's words ("El tema: la vivienda" over an
    // English title, a topic's phrase of few content words, topic_phrase()) fit the rules below too, which ask more
    // of the line under it (a standfirst of prose under that line).
    const bool topic_label = headline && topic_label_line(blocks[*headline]);
    const auto under_topic = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
        const Block& b = blocks[c.line];
        return topic_label && c.line == *headline + 1 && c.overlap > 0 && b.words >= 4 && !b.end_punct &&
               !trails_off(b.text) && !topic_label_line(b);
    });
    if (under_topic != scores.end()) {
        headline = under_topic->line;
    } else if (headline &&
        (blocks[*headline].words <= 3 || (blocks[*headline].words >= long_teaser_words &&
                                          (live_title_words == 0 || live_title_words >= long_teaser_words)))) {
        auto below = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            bool label = blocks[*headline].words <= 3;
            return c.line > *headline && c.line <= *headline + tie_dist && adjacent(p, *headline, c.line) &&
                   c.score >= best - tie_margin && (c.overlap > 0 || (label && title_under_topic(blocks[c.line]))) &&
                   blocks[c.line].words >= 4 &&
                   (label || 2 * blocks[c.line].words < blocks[*headline].words) && !trails_off(blocks[c.line].text);
        });
        if (below != scores.end())
            headline = below->line;
    } else if (headline && !blocks[*headline].end_punct && titled_head_line(p, *headline + 1) &&
               blocks[*headline].words < blocks[*headline + 1].words) {
        // "Juicio por el incendio del mercado de Triana / La exgerente niega ante el jurado haber recibido ningún
        // aviso ... / La acusación pide cuatro años ... / Por X", "Processo per il crollo della palestra / L'ex
        // dirigente nega davanti ai giudici ... / La procura chiede ... / di X": a head has one deck; over a title
        // and its signed deck (titled_head_line()), a shorter line is the antetítulo or occhiello, though it
        // repeats the article's words better.
        const std::size_t over = *headline;
        auto below = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            return c.line == over + 1 && c.score >= best - tie_margin && c.overlap > 0 &&
                   !trails_off(blocks[c.line].text);
        });
        if (below != scores.end())
            headline = below->line;
    } else if (headline && topic_phrase(blocks[*headline])) {
        // "Inhalt / Schnee in den Alpen / Lawinengefahr steigt auf Stufe 4 – Passstrassen gesperrt / Die
        // Neuschneemengen sind gross. Das Institut warnt ...", "La crise du logement / Le canton veut surélever 400
        // immeubles d'ici 2030 / Le Conseil d'Etat a présenté ... .": a topic's phrase (topic_phrase()) over a
        // title-like line half as long again at least, itself over a paragraph of prose (the standfirst), is the
        // kicker of a head of three lines, and that line the headline, though the label shares the article's words
        // better.
        const std::size_t label = *headline;
        auto below = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            const Block& b = blocks[c.line];
            return c.line == label + 1 && c.score >= best - tie_margin && c.overlap > 0 &&
                   2 * b.words >= 3 * blocks[label].words && !b.end_punct && !trails_off(b.text) && c.line + 1 < s.n &&
                   prose_paragraph(p, c.line + 1);
        });
        if (below != scores.end())
            headline = below->line;
    } else {
        asked = topic_label;
    }
    const bool title_case_label = headline && headline == label_line && title_case_topic(blocks[*headline]);
    if (headline && headline == label_line && (!asked || all_capitals(blocks[*headline].text) || title_case_label) &&
        !blocks[*headline].end_punct && blocks[*headline].words <= most_long_kicker_words) {
        // "Prozess am Landgericht Kiel / Brandstifter muss für sechs Jahre in Haft / Ein 31-Jähriger hatte im
        // Hafen ... gelegt. Das Gericht sprach ihn ... schuldig. / Anna Muster / Publiziert: ...", "Procès au
        // tribunal de Nyon / Le chauffard écope de quatre ans ferme / Le jeune homme avait ... . / Jeanne Morel": a
        // head of three lines, a kicker of four words or more, the title, and its standfirst (a paragraph of prose
        // signed by the byline or date under it, standfirst_below()): the line right under the best one, over that
        // standfirst, is the title, though the kicker shares the article's words better. (A head has one standfirst,
        // under its title.)
        // "PRESUPUESTOS GENERALES DEL ESTADO / El Gobierno pacta una prórroga de las cuentas / Hacienda ofrece a los
        // grupos un fondo ... a cambio de aplazar la votación / <the photo's caption>", "MILLBROOK HARBOUR EXPANSION
        // PLAN / Council approves the new ferry terminal / The vote ends two years of dispute over the quay's cost": a
        // kicker in capitals is a label whatever its words, however much better it shares the article's words;
        // under it, a title sharing some has its standfirst when the line under the title is a longer one of a
        // head's shape without a stop (no paragraph of the text), signed or not (a photo may stand between it and
        // the byline).
        const std::size_t label = *headline;
        const bool capitals_label = blocks[label].words >= 2 && blocks[label].digits == 0 &&
                                    blocks[label].separators == 0 && all_capitals(blocks[label].text);
        auto deck_under = [&](std::size_t t) {
            return capitals_label && t + 1 < s.n && p.role[t + 1] == Role::none &&
                   blocks[t + 1].words > blocks[t].words && !blocks[t + 1].end_punct && !blocks[t + 1].boilerplate &&
                   !all_capitals(blocks[t + 1].text) && headline_like(blocks[t + 1]);
        };
        // "Presupuestos Generales del Estado / El Gobierno pacta con sus socios una prórroga de las cuentas / Hacienda
        // ofrece a los grupos un fondo ... / <caption> / <credit> / Lucía Roe / Madrid - 05 dic 2026", "Budget of the
        // Harbour Authority / Council agrees to freeze ferry fares for another year / The deal ... / By Ann Roe": a
        // topic's name in Title Case (title_case_topic()) over a title of a sentence's length (six words or more,
        // half as long again as the label), itself over its deck (a line of a sentence's length, no stop) and the
        // byline or date, is a label too. (A short title in Title Case over its standfirst has the byline under that
        // standfirst, no deck.) The picture's lines (past_head_picture()) may stand between the deck and its byline.
        const int least_title_words = 6, most_deck_words = 40;
        auto titled_under_topic = [&](const Scored& c) {
            const Block& b = blocks[c.line];
            if (!title_case_label || c.overlap <= 0 || b.words < least_title_words ||
                2 * b.words < 3 * blocks[label].words || all_capitals(b.text) || c.line + 2 >= s.n)
                return false;
            const Block& deck = blocks[c.line + 1];
            if (p.role[c.line + 1] != Role::none || deck.words < least_deck_words || deck.end_punct ||
                !(deck.words >= b.words || nearly_as_long(deck.words, b.words)) || deck.words > most_deck_words ||
                all_capitals(deck.text))
                return false;
            const std::size_t sign = past_head_picture(p, c.line + 2);
            return sign < s.n && (line_signs(sign) || (p.role[sign] == Role::none && names_line(blocks[sign].text)));
        };
        auto below = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            const Block& b = blocks[c.line];
            return c.line == label + 1 && !b.end_punct && !trails_off(b.text) &&
                   ((c.score >= best - deck_margin && standfirst_below(line_signs, c.line)) ||
                    (c.overlap > 0 && !all_capitals(b.text) && deck_under(c.line)) || titled_under_topic(c));
        });
        if (below != scores.end())
            headline = below->line;
    }
}

// "Home / News / Ferry line gets two new boats / Ferries / Update for the harbour app / Ferry line gets two new
// boats / Jane Roe": of two title-like lines in a row that score alike (an overline and the headline), the one
// that ends a breadcrumb further up, printed alone between short labels, is the headline. (A teaser of a menu,
// between other teasers' titles, is no breadcrumb's.)
void Choice::breadcrumb_end() {
    if (!headline)
        return;
    const std::size_t h = *headline;
    const int label_words = 3;
    auto printed_before = [&](std::size_t line, std::size_t before) {
        for (std::size_t k = 1; k + 1 < before; ++k)
            if (blocks[k].text == blocks[line].text && blocks[k - 1].words <= label_words &&
                blocks[k + 1].words <= label_words)
                return true;
        return false;
    };
    auto pair = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
        const std::size_t top = std::min(c.line, h);
        return (c.line + 1 == h || c.line == h + 1) && c.score >= best - tie_margin && blocks[c.line].words >= 4 &&
               !trails_off(blocks[c.line].text) && printed_before(c.line, top) && !printed_before(h, top);
    });
    if (pair != scores.end())
        headline = pair->line;
}

// "Département de la santé / Communiqué de presse / Publié le 04.12.2026 / Un nouveau dispositif pour les aidants /
// Le Conseil d'État a adopté ... .", "Department of Health / Press release / 4 December 2026 / New help for carers /
// The government has ... .": the name of the office that issues the release (organisation_name(), eight words at
// most, no stop), over the release's genre label perhaps and its date line, shares the article's words (the text names
// the office again), but the title is the line right under that date, a title-like line over a paragraph of prose.
void Choice::title_under_dated_office() {
    if (!headline)
        return;
    const std::size_t h = *headline, n = blocks.size();
    const int most_office_words = 8, most_genre_words = 3, least_title_words = 4;
    const Block& office = blocks[h];
    if (office.words > most_office_words || office.end_punct || !organisation_name(office.text))
        return;
    std::size_t d = h + 1;
    if (d < n && p.role[d] == Role::none && blocks[d].words <= most_genre_words && !blocks[d].end_punct &&
        !byline_or_date(p, d))
        ++d;
    if (d >= n || !byline_or_date(p, d))
        return;
    const std::size_t t = d + 1;
    auto title = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
        const Block& b = blocks[c.line];
        return c.line == t && b.words >= least_title_words && !b.end_punct && !trails_off(b.text) && headline_like(b) &&
               t + 1 < n && prose_paragraph(p, t + 1);
    });
    if (title != scores.end()) {
        headline = title->line;
        best = title->score;
    }
}

// "Lockdown extended until April / The leaders meet on Friday. / © Photo agency / 20 March 2021, 15:00 / Schools
// stay shut / <the article>": the date (or byline) signs the title over it; a title-like line right under it, with
// no date of its own, heads the article's first section. (The title is the best line between it and the date.)
void Choice::title_over_date() {
    if (!headline)
        return;
    const std::size_t h = *headline;
    std::size_t d = h;
    if (h >= 1 && byline_or_date(p, h - 1))
        d = h - 1;
    else if (h >= 2 && byline_or_date(p, h - 2) && p.role[h - 1] == Role::none && blocks[h - 1].words <= 3)
        d = h - 2;
    // "Von Anna Roe / 24.11.2026, 16.05 Uhr / • / 3 Min / Artikel zum Hören • 4 Min / Link kopieren / <caption> /
    // Foto: … / <body>": the page's reading aids and buttons (page_chrome()) between the date and a line over a
    // picture's credit: that line is the picture's caption, which repeats the body's words as a title does.
    bool over_picture = false;
    if (d == h && h + 1 < blocks.size() && p.role[h + 1] == Role::credit) {
        const std::size_t most_chrome = 8;
        std::size_t top = h;
        while (top > 0 && h - top < most_chrome && p.role[top - 1] == Role::none && page_chrome(blocks[top - 1]))
            --top;
        if (top < h && top > 0 && byline_or_date(p, top - 1)) {
            d = top - 1;
            over_picture = true;
        }
    }
    while (d < h && d > 0 && byline_or_date(p, d - 1))
        --d;
    const std::size_t most_above = 6;
    std::optional<Scored> title;
    if (d < h && !teaser_date(p, d) && signing_line(line_signs, h) == 0)
        for (const Scored& c : scores) {
            if (c.line >= d || c.line + most_above < d)
                continue;
            if (!title || c.score > title->score || (c.score == title->score && c.line > title->line))
                title = c;
        }
    // Its standfirst or its picture stands between it and the date: "Friday, 4 May 2024 / Title / <article>" and
    // "Menu label / Press release 2 November 2021 / Title" print the date over the title.
    // "Il Consiglio federale aumenta i sussidi / Nel 2027 saranno stanziati 500 milioni in più. I cantoni dovranno
    // contribuire di più / 24 novembre 2026": a standfirst printed with no closing stop, longer than the title (ten
    // words or more), decks it too.
    auto decked = [&](std::size_t t) {
        const int least_unstopped = 10;
        for (std::size_t k = t + 1; k < d; ++k)
            if (p.role[k] == Role::caption || p.role[k] == Role::credit ||
                (p.role[k] == Role::none && blocks[k].end_punct && blocks[k].words >= 6) ||
                (k == t + 1 && p.role[k] == Role::none && blocks[k].words >= least_unstopped &&
                 blocks[k].words > blocks[t].words))
                return true;
        return false;
    };
    if (title && title->score >= best - tie_margin && (title->overlap >= 0.5 || over_picture) &&
        blocks[title->line].words >= 4 &&
        blocks[title->line].separators == 0 && !trails_off(blocks[title->line].text) &&
        !nested(blocks[title->line].text, blocks[h].text) && decked(title->line))
        headline = title->line;
}

// "Mein Weg zum Gipfel / 4. Mai 2021 | Ines | 12 Kommentare / ... / Karl sagt: / 5. Mai 2021 / Toll!": when the
// region lands on a comment thread or a sidebar, the best line there is signed by no date of its own (or only
// by one of a row of dates, a thread's), while the article's title stands earlier, right over its own date or
// byline line.
void Choice::title_over_thread() {
    const std::size_t first_text = s.first_text;
    const double signed_margin = 1.5;
    if (headline && !signed_title(line_signs, *headline)) {
        // "Mira sagt: / 4. Juni 2009 um 10:12 / Wo steht der Schmied?": the best line is a comment's text, and the
        // article's title need not score nearly as well.
        std::size_t h = *headline;
        bool comment = h >= 2 && line_signs(h - 1) && comment_header(p, h - 2);
        std::optional<Scored> earlier;
        for (std::size_t i = 0; i < *headline && i < first_text; ++i) {
            // (score_title() scores a line without a role, a caption or a date line, no other: the others are passed
            // over before their signing line is sought.)
            if (p.role[i] != Role::none && p.role[i] != Role::caption && p.role[i] != Role::date)
                continue;
            std::size_t meta = signing_line(line_signs, i);
            if (meta == 0)
                continue;
            // A date printed again is the page's own (a site header's "Monday, 4 May 2022"), no article's.
            if (p.blocks[meta].repeats > 0)
                continue;
            auto c = score_title(s, i, meta + 1);
            if (c && (comment || c->score >= best - signed_margin) && (!earlier || c->score > earlier->score))
                earlier = c;
        }
        if (earlier)
            headline = earlier->line;
    }
}

// "Mieten oder kaufen – was lohnt sich im Alter?" at the page's top, "Mieten oder kaufen" over the article: the
// page printed the whole title first. Returns that line, or the line chosen.
std::optional<std::size_t> Choice::printed_whole() const {
    if (headline)
        for (std::size_t k = 0; k < *headline; ++k)
            if (p.role[k] == Role::none && whole_title(blocks[k].text, blocks[*headline].text))
                return k;
    return headline;
}

} // namespace

// (headline_parts.hpp)
bool gallery_slides_under(const Page& p, std::size_t k) {
    Signs signs(p);
    return gallery_under(signs, k);
}

// (headline_parts.hpp)
bool gallery_label_word(const Block& b) {
    const int most_words = 3;
    static const LexiconSection* labels = common_lexicon().section("gallery_labels"); // (looked up once)
    return labels != nullptr && b.words <= most_words && b.digits == 0 && !b.end_punct &&
           labels->has(text::trim(b.lower));
}

// (headline.hpp)
bool topic_phrase(const Block& b) {
    const int least_words = 4, most_words = 5, most_content_words = 2;
    if (b.words < least_words || b.words > most_words || b.end_punct || b.digits > 0 || b.separators > 0)
        return false;
    int content = 0;
    std::size_t i = 0;
    for (std::string_view w = text::next_word_of_lowered(b.lower, i); !w.empty();
         w = text::next_word_of_lowered(b.lower, i))
        content += stopword_languages(w) == 0;
    return content <= most_content_words;
}

// (headline.hpp)
bool masthead_joining_word(std::string_view lower_word) {
    static const LexiconSection& prepositions = any_language_section("preposition_words"); // (merged once)
    return stopword_languages(lower_word) != 0 || prepositions.has(lower_word);
}

// (headline.hpp)
bool outlet_masthead(const Block& b) {
    const std::size_t most_tokens = 6; // ("Le Petit Courrier de la Vallée")
    if (b.words == 0 || b.words > static_cast<int>(most_tokens) || b.digits > 0 || b.end_punct || b.separators > 0 ||
        b.urls > 0)
        return false;
    static const LexiconSection& nouns = any_language_section("masthead_words"); // (merged once)
    const auto tokens = text::split_ws(b.text, most_tokens + 1);
    const auto lowered = text::split_ws(b.lower, most_tokens + 1);
    if (tokens.size() != lowered.size() || tokens.size() > most_tokens)
        return false;
    std::size_t capitalised = 0;
    bool noun = false, compound = false;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        // (A connecting word in small letters, "della", "de", "of", "vom" (a preposition, lexicon section
        // preposition_words), joins the name's words.)
        if (!text::starts_upper(tokens[k])) {
            if (!masthead_joining_word(lowered[k]))
                return false;
            continue;
        }
        ++capitalised;
        // ("Tages-Anzeiger": each piece of a compound joined by a hyphen is looked up.)
        std::string_view rest = lowered[k];
        compound = compound || rest.find('-') != std::string_view::npos;
        for (std::size_t dash = rest.find('-'); !rest.empty(); dash = rest.find('-')) {
            noun = noun || nouns.has(rest.substr(0, dash));
            rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
        }
    }
    return noun && (capitalised >= 2 || compound);
}

// "La Gaceta de Valdora / La piscina municipal cierra seis semanas por una fuga - La Gaceta de Valdora / ...", "Le
// Courrier de Brenval / Le pont de la Sorne fermé trois mois | Le Courrier de Brenval": a short line printed again as
// the last piece of a title a few lines under it is the site's name, its masthead, no headline: the title carrying it
// is (headline_parts() cuts the name off).
void Choice::title_under_masthead() {
    const std::size_t most_site_words = 4, least_title_words = 3, reach = 3;
    if (!headline || blocks[*headline].words > static_cast<int>(most_site_words) || blocks[*headline].end_punct ||
        blocks[*headline].separators > 0)
        return;
    const std::size_t site = *headline;
    const std::string name = text::collapse(blocks[site].text);
    for (std::size_t k = site + 1; k < s.n && k <= site + reach; ++k) {
        const Block& b = blocks[k];
        if (b.separators == 0 || b.words < static_cast<int>(most_site_words + least_title_words) ||
            (p.role[k] != Role::none && p.role[k] != Role::boilerplate))
            continue;
        const auto suffix = title_suffix(b.text);
        if (!suffix || text::collapse(suffix->site) != name ||
            text::split_ws(suffix->title).size() < least_title_words)
            continue;
        headline = k;
        return;
    }
}

// (topic_lines.hpp)
std::size_t past_head_picture(const Page& p, std::size_t k) {
    const std::size_t most_lines = 3;
    const std::size_t n = p.blocks.size();
    for (const std::size_t reach = k + most_lines; k < n && k < reach; ++k) {
        const Block& b = p.blocks[k];
        if (p.role[k] == Role::caption || p.role[k] == Role::credit || p.role[k] == Role::duplicate)
            continue;
        if (p.role[k] != Role::none && p.role[k] != Role::boilerplate)
            break;
        // (The caption's sentence printed alone over its credited copy, read as a caption or not yet.)
        const bool printed_again =
            k + 1 < n && b.end_punct && b.words >= 4 && printed_again_with_more(b.text, p.blocks[k + 1].text) &&
            (p.role[k + 1] == Role::caption || caption_closed_by_credit(p.blocks[k + 1]));
        if (!printed_again && (p.role[k] != Role::none || !caption_closed_by_credit(b)))
            break;
    }
    return k;
}

bool title_case_topic(const Block& b) {
    const int least_words = 4, most_words = 5;
    if (b.words < least_words || b.words > most_words || b.end_punct || b.digits > 0 || b.separators > 0 ||
        b.urls > 0 || !text::starts_upper(b.text) || all_capitals(b.text))
        return false;
    int content = 0, capitalised = 0;
    std::size_t i = 0;
    for (std::string_view w = text::next_token(b.text, i); !w.empty(); w = text::next_token(b.text, i)) {
        if (stopword_languages(text::lower(w)) != 0)
            continue;
        ++content;
        capitalised += text::starts_upper(w);
    }
    return content >= 2 && 2 * capitalised >= content;
}

std::optional<std::size_t> prefer_neighbour(TitleSearch& s, const std::vector<Scored>& scores,
                                            std::optional<std::size_t> headline, double best) {
    Choice choice(s, scores, headline, best);
    choice.title_over_byline();
    choice.title_over_standfirst();
    choice.title_over_gallery_standfirst();
    choice.title_under_label();
    choice.breadcrumb_end();
    choice.title_over_date();
    choice.title_under_dated_office();
    choice.title_over_thread();
    choice.title_under_masthead();
    return choice.printed_whole();
}

} // namespace archive
