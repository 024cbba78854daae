// Table-driven tests of the words of a person's name that are words of a language too (byline_names.cpp: a given name
// spelled like a stopword, a particle capitalised inside a name) and of the labels and roles around a byline's names.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "text.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A line and the names read from it.
struct Row {
    std::string line;
    std::vector<std::string> names;
};

// `read` of each row's line gives the row's names.
template <typename Read> void check_rows(std::initializer_list<Row> rows, Read read) {
    for (const auto& r : rows) {
        INFO(r.line);
        const std::optional<std::vector<std::string>> names = read(r.line);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
}

// `read` of each line names nobody.
template <typename Read> void check_nobody(std::initializer_list<const char*> lines, Read read) {
    for (const char* line : lines) {
        INFO(line);
        const std::optional<std::vector<std::string>> names = read(line);
        CHECK((!names || names->empty()));
    }
}

std::optional<std::vector<std::string>> line_names(const std::string& line) {
    return names_line(line);
}

std::optional<std::vector<std::string>> byline_names(const std::string& line) {
    return byline_authors(line, "");
}

// name_after_date() of a date line whose date is its first `date_words` words.
auto after_date(std::size_t date_words) {
    return [date_words](const std::string& line) -> std::optional<std::vector<std::string>> {
        const auto words = text::split_ws(line);
        std::string rest;
        for (std::size_t k = date_words; k < words.size(); ++k)
            rest.append(rest.empty() ? "" : " ").append(words[k]);
        const auto name = name_after_date(line, rest);
        return name ? std::optional<std::vector<std::string>>({*name}) : std::nullopt;
    };
}

// A whole page, its headline and the author named under it.
struct HeadPage {
    const char* text;
    const char* headline;
    const char* author;
};

// parse() of each page reads its headline and its one author.
void check_pages(std::initializer_list<HeadPage> pages) {
    for (const HeadPage& page : pages) {
        INFO(page.text);
        const Article a = parse(page.text, "page.txt");
        CHECK(a.headline == page.headline);
        CHECK(a.authors == std::vector<std::string>{page.author});
    }
}

} // namespace

TEST_CASE("a given name spelled like a small word of a language opens a person's name", "[classify][byline]") {
    // "will" (en, de), "ben", "dan" (nl), "ed", "sue", "per" (it), "jan" (a month's short name): first names too.
    const std::initializer_list<Row> rows = {
        {"Will Harbour", {"Will Harbour"}}, {"Ben Muster", {"Ben Muster"}},     {"Dan Morel", {"Dan Morel"}},
        {"Ed Bianchi", {"Ed Bianchi"}},     {"Sue Gómez", {"Sue Gómez"}},       {"Per Lindqvist", {"Per Lindqvist"}},
        {"Jan Kowalski", {"Jan Kowalski"}},
    };
    check_rows(rows, line_names);
    check_rows(rows, [](const std::string& line) { return byline_authors("By " + line, ""); });
    CHECK(name_before_date("Dan Roe - Mar 9, 2019 7:15 pm UTC").value_or("") == "Dan Roe");
    CHECK_FALSE(name_before_date("Jan 9, 2019 7:15 pm UTC"));
    check_rows({{"3 March 2022 Ben Muster", {"Ben Muster"}}}, after_date(3));
    // Other small words open no name; a given name alone, or before a small word, is none.
    check_nobody({"The Harbour", "Der Hafen", "Le Port", "Will", "Will You", "Ben De", "Jan 16"}, line_names);
    check_nobody({"By The Harbour Weekly"}, byline_names);
}

TEST_CASE("a name's particle capitalised between two words of the name is part of it", "[classify][byline]") {
    check_rows({{"Anna De Luca", {"Anna De Luca"}},
                {"Lena Van Dijk", {"Lena Van Dijk"}},
                {"Lena Von Berg", {"Lena Von Berg"}},
                {"Jeanne Du Pont", {"Jeanne Du Pont"}},
                {"Lucía La Fuente", {"Lucía La Fuente"}},
                {"Marco Di Lorenzo", {"Marco Di Lorenzo"}},
                {"JOÃO DOS SANTOS", {"JOÃO DOS SANTOS"}}},
               line_names);
    check_rows({{"4 de mayo de 2022 Lucía De Luna", {"Lucía De Luna"}}}, after_date(5));
    // A particle opening or closing the words is no name's: an article or a preposition.
    check_nobody({"De Luca", "La Fuente", "Anna De", "Lena Van"}, line_names);
}

TEST_CASE("a byline's label or a job title closing a line of names is no part of the names", "[classify][byline]") {
    check_rows({{"Jane Roe Author", {"Jane Roe"}},
                {"Anna Muster Autorin", {"Anna Muster"}},
                {"Jeanne Morel Auteure", {"Jeanne Morel"}},
                {"Lucía Gómez Autora", {"Lucía Gómez"}},
                {"Marco Bianchi Autore", {"Marco Bianchi"}},
                {"Jane Roe, Senior Reporter", {"Jane Roe"}},
                {"Anna Muster, Redakteurin", {"Anna Muster"}},
                {"Anna Muster und Lena Brandt, Redaktion", {"Anna Muster", "Lena Brandt"}},
                {"Jeanne Morel, Rédactrice en chef", {"Jeanne Morel"}},
                {"Lucía Gómez, Corresponsal", {"Lucía Gómez"}},
                {"Marco Bianchi, Corrispondente", {"Marco Bianchi"}}},
               line_names);
    // A sentence after the comma, a place, a label that is a small word ("Von"), or a label alone after one word.
    check_nobody({"Jane Roe, a reporter of the Post", "Jane Roe, London", "Weitere Infos Von", "Redaktion Autor",
                  "Jeanne Morel, la rédactrice"},
                 line_names);
}

TEST_CASE("a label that names the author only before a colon opens a byline", "[classify][byline]") {
    check_rows({{"Redaktion: Anna Muster", {"Anna Muster"}},
                {"Redaktion: Anna Muster (stv. Chefredakteurin)", {"Anna Muster"}},
                {"Rédaction : Jeanne Morel", {"Jeanne Morel"}},
                {"Redacción: Lucía Gómez", {"Lucía Gómez"}},
                {"Redazione: Marco Bianchi", {"Marco Bianchi"}}},
               byline_names);
    // Without its colon the label is a word of a sentence or a desk's name.
    check_nobody({"Redaktion Anna Muster", "Redaktion und Verlag", "Rédaction en chef Jeanne Morel"}, byline_names);
}

TEST_CASE("a label for the text names its author only before a colon", "[classify][byline]") {
    check_rows({{"Text: Anna Muster", {"Anna Muster"}},
                {"Texte : Jeanne Morel", {"Jeanne Morel"}},
                {"Texto: Lucía Gómez", {"Lucía Gómez"}},
                {"Testo: Marco Bianchi", {"Marco Bianchi"}}},
               byline_names);
    // A video player's settings, a form's fields: the word opens no byline without its colon.
    check_nobody({"Text Outline Colour", "Text Color White", "Texte Taille Normale", "Texto Borde Sombra",
                  "Testo Colore Bianco"},
                 byline_names);
}

TEST_CASE("a video player's button or state over its video names nobody", "[classify][byline]") {
    for (const char* line : {"Play Video", "Now Playing", "Video Abspielen", "Lire La Vidéo", "Reproducir Vídeo",
                             "Riproduci Video"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
    }
    // (a name is still a name)
    for (const char* line : {"Anna Spieler", "Jeanne Lecteur", "Paolo Video"}) {
        INFO(line);
        CHECK(names_line(line));
    }
}

TEST_CASE("a job title in a parenthesis after a byline's name is no part of it", "[classify][byline]") {
    check_rows({{"By Jane Roe (Correspondent)", {"Jane Roe"}},
                {"Autor: Anna Muster (Pressesprecherin)", {"Anna Muster"}},
                {"Par Jeanne Morel (Journaliste)", {"Jeanne Morel"}},
                {"Por Lucía Gómez (Corresponsal)", {"Lucía Gómez"}},
                {"Di Marco Bianchi (Giornalista)", {"Marco Bianchi"}}},
               byline_names);
}

TEST_CASE("a count of the post's comments closes the name after a date line's date", "[classify][byline]") {
    check_rows({{"March 3, 2021 Jane Roe 3 Comments", {"Jane Roe"}},
                {"9. Juni 2021 Anna Muster 1 Kommentar Hafen, Fähren", {"Anna Muster"}}},
               after_date(3));
    check_rows({{"12 mars 2022 Jeanne Morel 2 commentaires Société", {"Jeanne Morel"}},
                {"4 maggio 2021 Marco Bianchi 0 commenti", {"Marco Bianchi"}}},
               after_date(3));
    check_rows({{"4 de mayo de 2021 Lucía Gómez 5 comentarios", {"Lucía Gómez"}}}, after_date(5));
    // A count of other things closes no name.
    check_nobody({"March 3, 2021 Jane Roe 3 Photos"}, after_date(3));
}

TEST_CASE("a post's line of facts, its date, author, count of comments and categories, gives the author",
          "[classify][byline]") {
    check_pages({
        {"Menu\nSearch\n\nThe harbour opens a new quay for the island ferries\n"
         "March 3, 2023 Jane Roe 3 Comments Boats, Weather\n\nThe new quay will take two ferries at once, and the "
         "port says the first boats will moor there in the spring after a year of works.\n\nThe islanders have asked "
         "for the quay for a decade, since the old one floods at every high tide in the winter months.\n",
         "The harbour opens a new quay for the island ferries", "Jane Roe"},
        {"Menü\nSuche\n\nDer Hafen baut einen neuen Kai für die Inselfähren\n"
         "12. März 2023 Anna Muster 1 Kommentar Kategorie, Tipps\n\nDer neue Kai soll zwei Fähren zugleich "
         "aufnehmen, und der Hafen rechnet damit, dass die ersten Schiffe im Frühjahr dort anlegen.\n\nDie "
         "Inselbewohner fordern den Kai seit zehn Jahren, weil der alte bei jeder Sturmflut im Winter unter Wasser "
         "steht.\n",
         "Der Hafen baut einen neuen Kai für die Inselfähren", "Anna Muster"},
        {"Menu\nRecherche\n\nLe port ouvre un nouveau quai pour les ferries des îles\n"
         "12 mars 2023 Jeanne Morel 2 commentaires Société, Culture\n\nLe nouveau quai accueillera deux ferries à "
         "la fois, et le port annonce que les premiers bateaux y accosteront au printemps après un an de travaux."
         "\n\nLes habitants des îles réclament ce quai depuis dix ans, car l'ancien est inondé à chaque grande "
         "marée en hiver.\n",
         "Le port ouvre un nouveau quai pour les ferries des îles", "Jeanne Morel"},
        {"Menú\nBuscar\n\nEl puerto abre un nuevo muelle para los ferris de las islas\n"
         "12 de marzo de 2023 Lucía Gómez 5 comentarios Cultura, Viajes\n\nEl nuevo muelle recibirá dos ferris a "
         "la vez, y el puerto anuncia que los primeros barcos atracarán allí en primavera tras un año de obras."
         "\n\nLos isleños piden el muelle desde hace diez años, porque el viejo se inunda con cada marea alta en "
         "invierno.\n",
         "El puerto abre un nuevo muelle para los ferris de las islas", "Lucía Gómez"},
        {"Menu\nCerca\n\nIl porto apre una nuova banchina per i traghetti delle isole\n"
         "12 marzo 2023 Marco Bianchi 4 commenti Cultura, Viaggi\n\nLa nuova banchina accoglierà due traghetti "
         "alla volta, e il porto annuncia che le prime navi vi attraccheranno in primavera dopo un anno di lavori."
         "\n\nGli abitanti delle isole chiedono la banchina da dieci anni, perché quella vecchia si allaga a ogni "
         "alta marea d'inverno.\n",
         "Il porto apre una nuova banchina per i traghetti delle isole", "Marco Bianchi"},
    });
}

TEST_CASE("one name between a post's date and its count of comments, signing other posts too, is the author",
          "[classify][byline]") {
    const struct {
        const char* date_line;
        const char* lede;
        const char* teaser;
    } rows[] = {
        {"March 3, 2023 Kira 3 Comments",
         "Our reporter Kira tells of the first ferry she took to the islands as a child.",
         "by Kira"},
        {"3. März 2023 Kira 1 Kommentar",
         "Unsere Autorin Kira erzählt von der ersten Fähre, mit der sie als Kind fuhr.",
         "von Kira"},
        {"3 mars 2023 Kira 2 commentaires",
         "Notre autrice Kira raconte le premier ferry qu'elle a pris enfant vers les îles.",
         "par Kira"},
        {"3 de marzo de 2023 Kira 5 comentarios",
         "Nuestra autora Kira cuenta el primer ferri que tomó de niña hacia las islas.",
         "por Kira"},
        {"3 marzo 2023 Kira 4 commenti",
         "La nostra autrice Kira racconta il primo traghetto che prese da bambina per le isole.",
         "di Kira"},
    };
    const std::string text = "The harbour master counted the ferries that left the quay before noon on that day.";
    for (const auto& r : rows) {
        const std::string page = std::string("Menu\nSearch\n\nThe first ferry to the islands\n") + r.date_line +
                                 "\n\n" + r.lede + "\n\n" + text + "\n\n" + text + " " + text +
                                 "\n\nMore\nThe night boat to the lighthouse\n" + r.teaser + "\n";
        INFO(page);
        CHECK(parse(page, "page.txt").authors == std::vector<std::string>{"Kira"});
    }
    // A category in that place signs no other line of the page: nobody.
    const std::string page = std::string("Menu\nSearch\n\nThe first ferry to the islands\n"
                                         "March 3, 2023 Travel 3 Comments\n\nOur Travel desk tells of the first "
                                         "ferry one of us took to the islands as a child.\n\n") +
                             text + "\n";
    INFO(page);
    CHECK(parse(page, "page.txt").authors.empty());
}

TEST_CASE("another fact's label closed by a colon after a byline's name is no part of it", "[classify][byline]") {
    check_rows({{"by Jane Roe Tags: harbour, boats", {"Jane Roe"}},
                {"von Anna Muster Kategorien: Allgemein", {"Anna Muster"}},
                {"par Jeanne Morel Catégories : Société", {"Jeanne Morel"}},
                {"por Lucía Gómez Categorías: Cultura", {"Lucía Gómez"}},
                {"di Marco Bianchi Categorie: Economia", {"Marco Bianchi"}}},
               [](const std::string& line) { return byline_authors(without_categories(line), "", true); });
    CHECK(without_categories("von Anna Muster Kategorien: Allgemein") == "von Anna Muster ");
    // A byline's label of several words closed by its colon stays whole.
    CHECK(without_categories("Text und Fotos: Anna Muster") == "Text und Fotos: Anna Muster");
}

TEST_CASE("a one-word byline's date ends at a bar, the facts and sentences after it are another's",
          "[classify][byline]") {
    check_rows({{"By Kira on 4 June 2022 | 7 Comments. The card with the steps is at the end of the page.", {"Kira"}},
                {"Von Kira am 3. Mai 2021 | 4 Kommentare. Dieser Beitrag enthält Werbung und Links zu Partnern.",
                 {"Kira"}},
                {"Par Odile le 3 mai 2021 | 2 commentaires. Cet article contient des liens vers nos partenaires.",
                 {"Odile"}},
                {"Por Lucía el 3 de mayo de 2021 • 5 comentarios. Este artículo contiene enlaces de afiliados.",
                 {"Lucía"}}},
               byline_names);
    // A sentence going on past the date, with no bar, is no byline.
    CHECK_FALSE(labelled_handle("Kira on 3 May 2021 we sailed to the isles and came back with fish.", false));
}

TEST_CASE("a byline after the date's or the time's figures closes a date line", "[classify][byline]") {
    const auto cut = [](const std::string& line) { return cut_byline_authors(line, ""); };
    check_rows({{"Veröffentlicht am Mi, 9. Juni 2021, 07:40 von Annika Muster", {"Annika Muster"}},
                {"Published on Wednesday, 9 June 2021, 7:40 am by Jane Roe", {"Jane Roe"}},
                {"Publié le mercredi 9 juin 2021, 07h40 par Jeanne Morel", {"Jeanne Morel"}},
                {"Publicado el miércoles, 9 de junio de 2021, 07:40 por Lucía Gómez", {"Lucía Gómez"}}},
               cut);
    // Small words after a date that go on as a sentence name nobody.
    check_nobody({"Am 9. Juni 2021 von Kiel nach Lübeck gefahren", "Updated 9 June 2021, 07:40 by hand",
                  "Le 9 juin 2021 par la route du port"},
                 cut);
}

TEST_CASE("a given name spelled like a small word the page's sentences print is still a name under the headline",
          "[classify][byline]") {
    // (common_word_on_page turns away a name whose word the sentences print in small letters: "will", "per" there
    // are the small words, not the name's.)
    check_pages({
        {"Menu\nSearch\n\nThe robots that will sort your recycling\n\nWill Knight\nMarch 3, 2021\n\n"
         "Sorting plants across the country will soon rely on machines that tell paper from plastic, and the firms "
         "building them say the change will be fast.\n\nOne plant outside the city already runs four such machines, "
         "and its manager says the line will double its output next year.\n",
         "The robots that will sort your recycling", "Will Knight"},
        {"Menu\nCerca\n\nIl porto rinnova le banchine per le navi da crociera\n\nPer Holm\n3 marzo 2021\n\n"
         "I lavori per le nuove banchine cominceranno in primavera e dureranno due anni, secondo il piano approvato "
         "ieri dal consiglio comunale.\n\nPer il sindaco il progetto porterà lavoro a molte imprese della zona, "
         "mentre i residenti chiedono garanzie per il traffico.\n",
         "Il porto rinnova le banchine per le navi da crociera", "Per Holm"},
        {"Menü\nSuche\n\nHafen erneuert die Kais für Kreuzfahrtschiffe\n\nPer Holm\n3. März 2021\n\n"
         "Die Arbeiten an den neuen Kais beginnen im Frühjahr und dauern zwei Jahre, wie der Gemeinderat gestern "
         "beschlossen hat; Anfragen nimmt die Stadt per E-Mail entgegen.\n\nDer Bürgermeister erwartet Aufträge für "
         "viele Firmen der Region, die Anwohner fordern Zusagen für den Verkehr in der Altstadt.\n",
         "Hafen erneuert die Kais für Kreuzfahrtschiffe", "Per Holm"},
    });
}

TEST_CASE("a job title in small letters after a comma closing a line of names is no part of the names",
          "[classify][byline]") {
    check_rows({{"Jane Roe, reporter", {"Jane Roe"}},
                {"Jane Roe, senior staff writer", {"Jane Roe"}},
                {"Anna Weber, freie Journalistin", {"Anna Weber"}},
                {"Claire Dubois, journaliste", {"Claire Dubois"}},
                {"Claire Dubois, rédactrice en chef", {"Claire Dubois"}},
                {"Lucía Gómez, periodista", {"Lucía Gómez"}},
                {"Ben Russo, caporedattore", {"Ben Russo"}},
                {"Giulia Neri, redattrice", {"Giulia Neri"}}},
               line_names);
    // A place and a day, a place and what it is, a sentence or an article before the title name nobody.
    check_nobody({"Paris, mercredi", "Lyon, capitale des Gaules", "Roma, capitale d'Italia",
                  "Jane Roe, who met the reporter", "Anna Weber, die Redakteurin", "Claire Dubois, une journaliste",
                  "Lucía Gómez, la periodista", "Jane Roe, harbour master", "Ben Russo, capitano"},
                 line_names);
}

TEST_CASE("a byline's name and its job title in small letters under the headline give the author",
          "[classify][byline]") {
    check_pages({
        {"Menu\nSearch\n\nThe harbour opens a new quay for the island ferries\n\nJane Roe, reporter\n"
         "March 3, 2021\n\nThe new quay will take two ferries at once, and the port says the first boats will "
         "moor there in the spring after a year of works.\n\nThe islanders have asked for the quay for a decade, since "
         "the old one floods at every high tide in the winter months.\n",
         "The harbour opens a new quay for the island ferries", "Jane Roe"},
        {"Menü\nSuche\n\nDer Hafen baut einen neuen Kai für die Inselfähren\n\nAnna Weber, freie Journalistin\n\n"
         "Der neue Kai soll zwei Fähren zugleich aufnehmen, und der Hafen rechnet damit, dass die ersten Schiffe "
         "im Frühjahr dort anlegen.\n\nDie Inselbewohner fordern den Kai seit zehn Jahren, weil der alte bei jeder "
         "Sturmflut im Winter unter Wasser steht.\n",
         "Der Hafen baut einen neuen Kai für die Inselfähren", "Anna Weber"},
        {"Menu\nRecherche\n\nLe port ouvre un nouveau quai pour les ferries des îles\n\nClaire Dubois, journaliste\n\n"
         "Le nouveau quai accueillera deux ferries à la fois, et le port annonce que les premiers bateaux y "
         "accosteront au printemps après un an de travaux.\n\nLes habitants des îles réclament ce quai depuis dix "
         "ans, car l'ancien est inondé à chaque grande marée en hiver.\n",
         "Le port ouvre un nouveau quai pour les ferries des îles", "Claire Dubois"},
        {"Menu\nCerca\n\nIl porto apre una nuova banchina per i traghetti delle isole\n\nBen Russo, caporedattore\n"
         "3 marzo 2021\n\nLa nuova banchina accoglierà due traghetti alla volta, e il porto annuncia che le prime "
         "navi vi attraccheranno in primavera dopo un anno di lavori.\n\nGli abitanti delle isole chiedono la "
         "banchina da dieci anni, perché quella vecchia si allaga a ogni alta marea d'inverno.\n",
         "Il porto apre una nuova banchina per i traghetti delle isole", "Ben Russo"},
        {"Menú\nBuscar\n\nEl puerto abre un nuevo muelle para los ferris de las islas\n\nLucía Gómez, periodista\n\n"
         "El nuevo muelle recibirá dos ferris a la vez, y el puerto anuncia que los primeros barcos atracarán "
         "allí en primavera tras un año de obras.\n\nLos isleños piden el muelle desde hace diez años, porque "
         "el viejo se inunda con cada marea alta en invierno.\n",
         "El puerto abre un nuevo muelle para los ferris de las islas", "Lucía Gómez"},
    });
    // A place and what it is under the headline names nobody.
    const Article a = parse("Menu\nRecherche\n\nLe port ouvre un nouveau quai pour les ferries des îles\n\n"
                            "Lyon, capitale des Gaules\n\nLe nouveau quai accueillera deux ferries à la fois, et le "
                            "port annonce que les premiers bateaux y accosteront au printemps.\n",
                            "page.txt");
    CHECK(a.authors.empty());
}

TEST_CASE("a name's capitalised particle is no common word when the page's sentences print it in small letters",
          "[classify][byline]") {
    // (common_word_on_page: "van", "de" inside the sentences are the small words; "Van", "De" between two words of a
    // name are its particle)
    check_pages({
        {"Menu\nZoeken\n\nTunnel onder de Schelde dicht na lek in het plafond\n\nPieter Van Damme\n3 december 2026\n\n"
         "De tunnel onder de Schelde is sinds vanochtend dicht na een lek in het plafond van de tunnel, zegt de "
         "politie van de stad.\n\nDe herstelling duurt tot het weekend, zo meldt de beheerder van de tunnel aan de "
         "pers.\n",
         "Tunnel onder de Schelde dicht na lek in het plafond", "Pieter Van Damme"},
        {"Menú\nBuscar\n\nEl puerto renueva los muelles para los cruceros\n\nLucía De Miguel\n3 de diciembre de 2026\n\n"
         "Las obras de los nuevos muelles empezarán en primavera y durarán dos años, según el plan que aprobó ayer el "
         "pleno de la ciudad.\n\nEl alcalde espera encargos para muchas empresas de la zona, y los vecinos piden "
         "garantías de tráfico.\n",
         "El puerto renueva los muelles para los cruceros", "Lucía De Miguel"},
    });
}
