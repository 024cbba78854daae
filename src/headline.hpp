// Heuristics of headline finding (src/headline.cpp: the shapes of title lines, src/headline_glued.cpp: the pieces glued
// to a headline), exposed for table-driven unit tests.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace archive {

struct Block;
struct Page;

/// "Update: Derwent ferry timetable expanded", "Mise à jour : Le pont rouvre ce soir", "Aktualisiert: Fähre fährt
/// wieder": the bytes of an update flag (lexicon section headline_update_flags) and its colon glued before a title of
/// three words or more, opening with a capital or a quote mark; 0 when the line opens with none.
std::size_t update_flag_end(std::string_view line);

/// "Raspberry Pi 3 - A tiny computer for everyone - Sold out in a week": a title whose pieces between free-standing
/// dashes are each a few words long, unlike a breadcrumb ("Home - News - Headline") or a title bar.
bool dashed_title(std::string_view line);

/// "Medien über Corona: Zwischen Panikm...", "Eine Insel mit zwei Zwergen…": a line trailing off in an ellipsis,
/// a teaser cut short or a site's tagline; a headline is printed whole.
bool trails_off(std::string_view line);

/// "amiga, dogs, floppy, Hunde, Mesty", "Politique, Europe, Élections, Vote": the tags of a post, four short items
/// or more between commas, no title.
bool tag_list(std::string_view line);

/// "Bilder: Sturmflut trifft die Küste" -> "Bilder", "En images : la tempête frappe la côte" -> "En images", "FOTOS:
/// el temporal azota Galicia" -> "FOTOS": a gallery's flag (lexicon sections gallery_title_labels, gallery_flag_words)
/// before the colon opening a title of three words or more, as printed; empty when the line opens with none.
std::string_view gallery_flag(std::string_view line);

/// "Harbourside 2 (Okafor 71, 79) Millford 1 (Lindqvist 34)", "Rotweiß 3 (Berger 12., 45.+2) Nordstadt 1": a
/// match's score line, two teams each with its goals, and the scorers with their minutes in parentheses after one
/// of them at least: the match's data under its report's title, no headline.
bool score_line(std::string_view line);

/// "Athletic 3 Rovers 1", "Castrovalle 3 Atlético Soria 2": a match's score printed as each side's name and its goals
/// (two runs of one to four capitalised words, each closed by a figure of one or two digits), nothing else on the
/// line, no scorers (score_line() reads those).
bool goals_after_teams(std::string_view line);

/// "+++ 14:32 Kowalenko: Gespräche in Genf „konstruktiv“ +++", "+++ 9.05 Uhr Brand +++": a live ticker's banner of its
/// latest entry, opened by "+++" and the entry's time of day: no title of the page (headline_score.cpp).
bool ticker_banner(std::string_view line);

/// "Diallo (58e), Berthelot (90e+3) pour Lens ; Kessler (23e) pour Marseille", "Tore: Hofer (12.), Krause (45.+2)",
/// "Kane (23', 67')": two minutes of a match at least, each a figure, its mark ("e", ".", "'", "min") and the
/// stoppage time perhaps in parentheses: the scorers of a match's box, no headline.
bool scorers_line(std::string_view line);

/// "Bericht der Vereinsversammlung vom 12. März 2024", "Le budget 2025 adopté le 3 mars": a title that
/// names a date after three words of its own or more, unlike a date line ("Veröffentlicht am 3. März 2024 von
/// Anna", "Zuletzt aktualisiert am 3. März", "Joe Wee Monday, May 4, 2024").
bool dated_title(std::string_view line, std::string_view language);

/// "Hafenfest am 3. Mai 2021 abgesagt", "Festa del 3 maggio 2021 annullata": a sentence of words holding a date, no
/// date line. A word of its own stands before the date and after it (no filler, weekday, unit of time, label of a date
/// nor a byline's word: "Publié le 3 mai 2021 à 10h15", "Aktualisiert am 3. Mai 2021, 14:02 Uhr", "29. Juni 2017 von
/// Tobi" are date lines), one of them in small letters, of four letters or more (the verb: "Jane Roe 3. März 2021
/// Kultur" names an author and a category, "lisboa 3 de mayo 2021, 12:00 A. M." a place); no bar, bullet or label's
/// colon cuts the line into facts.
bool date_in_sentence(std::string_view line, std::string_view language);

/// "Conflit«Vous faites...»", "Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“": a kicker of
/// up to three words glued to a quotation or set off from it by a dash. Returns {kicker, headline}.
std::optional<std::pair<std::string, std::string>> split_kicker(std::string_view line);

/// "5 Kommentare zu „Scherenschnitt (3)“", "3 thoughts on “A day at the lake”": the header of a comment thread
/// names the article's title. Returns the title.
std::optional<std::string> thread_title(std::string_view line);

/// "1. Februar 2022 Bundesministerin Raab trifft Länder", "27.01.2022Jahresbericht der Hafenbehörde 2021": a
/// title glued after the date it was published on, no separator between them (a date followed by a colon or a dash
/// belongs to the title: "9. November 1989: Die Mauer fällt"). Returns {ISO date, title}.
std::optional<std::pair<std::string, std::string>> split_leading_date(std::string_view line, std::string_view language);

/// "Initiative Hafen" / "Initiative Hafen Neue Fähre fährt ab Montag", "Home » Verkehr » Initiative Hafen" over the
/// same: a title printed with the line above it (or that breadcrumb's last piece), two words or more, glued before
/// it. Returns {the glued prefix, title}.
std::optional<std::pair<std::string, std::string>> split_repeated_prefix(std::string_view line, std::string_view above);

/// "Morlaix. Le pont de la Villeneuve fermé" under the title "Le pont de la Villeneuve fermé", or the title printed
/// again as it is: whether `line` repeats `title`, word for word or past a place of three words at most and its full
/// stop printed before one of them.
bool repeats_title(std::string_view line, std::string_view title);

/// "RegionMost na Wiśle zamknięty": a section's label glued to the title without a space, a small letter before a
/// capital inside the line's first word, when `printed_alone(label)` (the page prints the label as a line of its
/// own, a menu's entry); returns (label, title), the title three words or more.
std::optional<std::pair<std::string, std::string>> split_camel_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_alone);

/// "ENKELTRICK-BANDE AUFGEFLOGENOma (81) legt Betrüger rein", "GRÈVE DES CONTRÔLEURSLes trains restent à quai": a
/// kicker of two words or more in capitals glued to the title without a space, the title's capital touching the
/// kicker's last one and followed by a small letter. Returns {kicker, title}, the title three words or more.
std::optional<std::pair<std::string, std::string>> split_capitals_kicker(std::string_view line,
                                                                         std::string_view language);

/// "Kultur: Das Stadttheater zeigt ...", "Cultura: la pieve riapre ...": a section's label of one or two words (no
/// figure) before the title's colon, when `printed_above(label)` (the page's menu prints it as an entry of its own
/// above the title, in capitals or not) and the title after it has four words or more; no gallery's flag. Returns
/// {label, title}.
std::optional<std::pair<std::string, std::string>> split_menu_colon_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_above);

/// "Home Climate Old oaks keep the valley cool" over "Old oaks keep the valley cool", "Accueil Climat Les vieux chênes
/// rafraîchissent la vallée": a breadcrumb whose separators the page's text lost, two menu labels or more
/// (`label(piece)`: a short line the page prints alone, one to four words each) and then the whole title after a space.
bool crumb_trail(std::string_view line, std::string_view title, const std::function<bool(std::string_view)>& label);

/// The lines of a page that may print a title as the last piece of a breadcrumb whose separators the text lost
/// (crumb_trail(), its labels the page's short lines without final punctuation). Gathered once, when first asked.
class CrumbTrails {
public:
    explicit CrumbTrails(const Page& p) : p_(p) {}
    /// A line of the page reads as labels and then `title`.
    bool prints(std::string_view title);

private:
    /// A line of four words or more, which may end with a title: its last four bytes and its place on the page.
    struct Ending {
        std::uint32_t tail;
        std::size_t block;
    };
    const Page& p_;
    bool read_ = false, listed_ = false;
    std::unordered_set<std::string_view> labels_;
    std::vector<Ending> endings_;
};

/// "Ernährung sichern Schulze: Deutschland hilft dem Welternährungsprogramm", "Santé Le vaccin arrive en pharmacie":
/// a kicker of one to four words glued before a title of four words or more that the page prints alone elsewhere
/// (`printed(title)`: on a line of its own, or as a piece of a title bar). The longest such title wins. Returns
/// {kicker, title}.
std::optional<std::pair<std::string, std::string>> split_printed_suffix(
    std::string_view line, const std::function<bool(std::string_view)>& printed);

/// "Council sells lido site without a vote | Harbour Post", "La piscina cierra por una fuga - La Gaceta de Valdora":
/// a title line's last piece after a separator (`site`, perhaps the site's name) and all before that separator
/// (`title`, its spaces as printed). Null for a line of one piece (no separator, or nothing on one side).
struct TitleSuffix {
    std::string_view title, site;
};
std::optional<TitleSuffix> title_suffix(std::string_view line);

/// `other` prints `title` alone: the whole line, or one of its title_pieces() ("Title | Site", "News › Title").
bool printed_alone(std::string_view title, std::string_view other);

/// "Leasing or buying - which pays off?" over "Leasing or buying", "Gold Blend - Symphony, 250 g tin" over "Gold Blend
/// - Symphony": an earlier line that prints the title whole, its continuation no site's name (one after a comma,
/// a question, a continuation in lower case; not "Leasing or buying | Money Guide"). Returns true for such a line.
bool whole_title(std::string_view earlier, std::string_view title);

/// "Kolumnen / Jane Roe / Notes from the quay / <the article>", "Populationsbasierte Kohortenstudie / Schwangere zu
/// mehr Bewegung motivieren": line `name` reads as a person's name (names_line(), which two capitalised words of a
/// label pass too) and line `title` right under it (past a duplicate) is a title of three words or more.
bool byline_over_title(const Page& p, std::size_t name, std::size_t title);

/// "Schnee in den Alpen", "Haushaltsstreit in der Koalition", "La crise du logement": a topic's label of four or five
/// words, two of them at most no stopword of any language, no figure, separator or stop: a noun and its complement,
/// the length of a kicker's phrase, not of a title's clause (headline_rules.cpp).
bool topic_phrase(const Block& b);

/// "Corriere della Sera", "Süddeutsche Zeitung", "Tages-Anzeiger", "Diario de Valdora": a paper's name, its words
/// capitalised (connecting words in small letters between them) and one of them a paper's noun (lexicon section
/// masthead_words, any language's), no figure, stop or separator: the site's masthead that a reader view or a copy
/// prints on the page's first line over the title, no kicker (headline_rules.cpp).
bool outlet_masthead(const Block& b);

/// "della", "de", "du", "of", "vom": a word in small letters joining the capitalised words of a paper's name, a
/// stopword of some language or a preposition (lexicon section preposition_words), `lower_word` lower-cased.
bool masthead_joining_word(std::string_view lower_word);

/// "Jane Roe" and "Column: Jane Roe" further down: a byline of the page (another line given that role) prints line
/// `name` ("Sprungbrett-Event Schaffhausen", which reads as a name, is printed in none).
bool named_in_byline(const Page& p, std::size_t name);

/// "From Wikipedia, the free encyclopedia", "Aus Stadtwiki", "Z Wikipedii, wolnej encyklopedii": the line a wiki
/// prints under the article's title, naming itself.
bool wiki_tagline(std::string_view line);
/// "Gembloux : un nouveau parking à la gare" / <text> / "Ciney : la foire déplacée" / <text> / "Couvin : ..." / <text>:
/// line `i` is the first title of a page of short items ("En bref"), each a label's colon, then a line of text under
/// it (headline_score.cpp): the first item's title, no headline of the page.
bool first_of_labelled_items(const Page& p, std::size_t i);

/// "+ Added a lighthouse block" between "+ Added a harbour crane" and "+ Fixed the tides": line i of the page is an
/// item of a list, its bullet the one its neighbours open with.
bool list_item(const Page& p, std::size_t i);

/// "Key points / Lorry overturned near junction 19 at 5am / Two lanes closed", "Das Wichtigste in Kürze / Die Bahn
/// fährt erst 2029.": line i is an item of the article's box of key points, under its label (summary_box_label()) past
/// the box's other items, no title.
bool key_point_item(const Page& p, std::size_t i);

/// "1957–1959 Erster Bauabschnitt / 1962 Zweiter Bauabschnitt", "[ 4. März 2024 ] Hafen bekommt neuen Kran / [ 2. März
/// 2024 ] Fähre fällt aus": line i opens with a year or a date between others that do, an entry of a chronology or of
/// a list of dated teasers.
bool dated_row(const Page& p, std::size_t i);

/// "Neueste Beiträge / [ 3. Dezember 2026 ] Adventsmarkt im Vereinsheim / [ 2. Dezember 2026 ] ...", "Recent Posts /
/// December 3, 2026 – ...": line i is a short label right over a list of dated teasers (dated_row()), no title.
bool dated_list_label(const Page& p, std::size_t i);

/// "Weitere 6 Kuchen Rezepte / Weitere 40 Torten Rezepte / Weitere 12 Brot Rezepte": line i is one of three short
/// lines in a row opening with the same word, the links of a list.
bool parallel_link(const Page& p, std::size_t i);

/// "News Politics Business Culture Sport", "Últimas Região Desporto Opinião Cultura": line k is the page's menu copied
/// as one line without its separators, four entries at least, each a capitalised word of no language's stopwords, none
/// printed alone on a line above (defined in classify_kickers.cpp).
bool unseparated_menu(const Page& p, std::size_t k);

} // namespace archive
