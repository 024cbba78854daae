// Table-driven tests of the names a date line prints after its date (byline_dates.cpp): the name before the post's
// categories, a blog's handle, and the entries of a settings panel, which name nobody.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A date line, the number of words of its date, and the name read after the date ("" for none).
struct Row {
    std::string line;
    std::size_t date_words;
    std::string name;
};

// name_after_date() of each row's line, the words after its date standing for what read_dates() left.
void check_after_date(std::initializer_list<Row> rows) {
    for (const Row& r : rows) {
        INFO(r.line);
        const auto words = text::split_ws(r.line);
        std::string rest;
        for (std::size_t k = r.date_words; k < words.size(); ++k)
            rest.append(rest.empty() ? "" : " ").append(words[k]);
        const std::optional<std::string> name = name_after_date(r.line, rest);
        CHECK(name.value_or("") == r.name);
    }
}

} // namespace

TEST_CASE("the entries of a settings panel after a date line's date name nobody", "[classify][byline]") {
    check_after_date({{"3 March 2022 Text Outline Colour Settings", 3, ""},
                      {"3. März 2022 Text Kontur Farbe Einstellungen", 3, ""},
                      {"3 mars 2022 Texte Contour Couleur Paramètres", 3, ""},
                      {"3 de marzo de 2022 Texto Contorno Color Ajustes", 5, ""},
                      {"3 marzo 2022 Testo Contorno Colore Impostazioni", 3, ""},
                      {"3 March 2022 Jane Roe", 3, "Jane Roe"}});
    CHECK_FALSE(names_line("Subtitles Colour Settings"));
    CHECK_FALSE(names_line("Schriftart Farbe Deckkraft"));
    CHECK(names_line("Jane Roe, Anna Muster"));
    // A video player's settings printed on the line under the date are no byline either.
    const Article a = test::ferry_page("3 March 2022\nText Outline Colour Settings");
    CHECK(a.authors.empty());
}

TEST_CASE("the post's categories listed after the name close a date line's name", "[classify][byline]") {
    check_after_date({{"3 March 2021 Jane Roe Boats, Travel 2", 3, "Jane Roe"},
                      {"16. Mai 2019 Anna Muster Hafen, Fähren", 3, "Anna Muster"},
                      {"12 mars 2022 Jeanne Morel Société, Culture", 3, "Jeanne Morel"},
                      {"4 de mayo de 2021 Lucía Gómez Cultura, Viajes", 5, "Lucía Gómez"},
                      {"4 maggio 2021 Marco Bianchi Economia, Porti", 3, "Marco Bianchi"}});
}

TEST_CASE("the post's facts cut apart by bars after the name close a date line's name", "[classify][byline]") {
    check_after_date({{"3 March 2021 | Jane Roe | Boats", 3, "Jane Roe"},
                      {"3. März 2021 | Anna Muster | 2 Kommentare", 3, "Anna Muster"},
                      {"12 mars 2022 • Jeanne Morel • Société", 3, "Jeanne Morel"},
                      {"4 de mayo de 2021 | Lucía Gómez | Cultura", 5, "Lucía Gómez"},
                      {"4 maggio 2021 | Marco Bianchi | 3 commenti", 3, "Marco Bianchi"},
                      {"March 3, 2021 | jroe | 2 Comments", 3, "jroe"},
                      // a name closing the line after another fact is still the one read
                      {"3 March 2021 | Harbour | Jane Roe", 3, "Jane Roe"}});
}

TEST_CASE("a blog's handle in small letters alone after a date line's date is its author", "[classify][byline]") {
    check_after_date({{"March 3, 2021 jroe", 3, "jroe"},
                      {"1. November 2016 hafenfan", 3, "hafenfan"},
                      {"12 mars 2022 jmorel 3 commentaires", 3, "jmorel"},
                      {"4 de mayo de 2021 lgomez", 5, "lgomez"},
                      // the last word of a reading time is no handle
                      {"Mar 3, 2021 5min read", 4, ""}});
}

namespace {

// A page of a site whose top bar or side column prints a date line over its menu, then the headline, the article's
// date line and three paragraphs.
struct Page3 {
    std::string top;      // the date line over the menu
    std::string menu;     // the menu's lines, '\n' after each
    std::string headline;
    std::string dated;    // the article's date line
    std::string text;     // the paragraphs, '\n' after each
    std::string name;     // the author the record names
    std::string day;      // the record's date
};

void check_page(const Page3& c) {
    INFO(c.top);
    const Article a = parse(c.top + "\n" + c.menu + c.headline + "\n" + c.dated + "\n" + c.text, "page.txt");
    CHECK(a.headline.value_or("") == c.headline);
    CHECK(a.authors == std::vector<std::string>{c.name});
    CHECK(a.published.value_or("") == c.day);
}

const std::string menu_de = "Das Neueste:\nWie die Fähren im Winter fahren\nDer Hafen bekommt einen neuen Kran\n"
                            "Stadtrat streitet über die Brücke\nHafenblatt\nAktuell\nRegion\nKultur\nSport\nWetter\n";
const std::string text_de =
    "Die neue Fähre, die seit Montag zwischen den beiden Ufern des Flusses pendelt, bringt jeden Tag mehr als tausend "
    "Menschen zur Arbeit, teilte der Betreiber am Donnerstag mit.\n"
    "Der Betreiber sagte, er habe für die neuen Motoren mehr ausgegeben als geplant, und die Preise würden ab dem "
    "Sommer um ein Zehntel steigen.\n"
    "Im Winter fährt die Fähre nur bis acht Uhr abends, weil das Eis auf dem Fluss die Fahrt am Abend zu gefährlich "
    "macht, hieß es.\n";
const std::string menu_en = "Latest:\nHow the ferries run in winter\nThe harbour gets a new crane\n"
                            "Council argues over the bridge\nHarbour Weekly\nNews\nRegion\nCulture\nSport\nWeather\n";
const std::string text_en =
    "The new ferry, which has run between the two banks of the river since Monday, takes more than a thousand people "
    "to work every day, its operator said on Thursday.\n"
    "The operator said it had spent more than it planned on the new engines, and that fares would rise by a tenth from "
    "the summer.\n"
    "In winter the ferry runs only until eight in the evening, because the ice on the river makes the crossing too "
    "dangerous at night, it said.\n";
const std::string menu_fr = "Les dernières :\nComment les bacs circulent en hiver\nLe port reçoit une nouvelle grue\n"
                            "Le conseil se dispute sur le pont\nLa Gazette du Port\nActualités\nRégion\nCulture\n"
                            "Sport\nMétéo\n";
const std::string text_fr =
    "Le nouveau bac, qui fait la navette entre les deux rives du fleuve depuis lundi, emmène chaque jour plus de mille "
    "personnes au travail, a indiqué l'exploitant jeudi.\n"
    "L'exploitant a dit avoir dépensé plus que prévu pour les nouveaux moteurs, et que les tarifs augmenteraient d'un "
    "dixième à partir de l'été.\n"
    "En hiver, le bac ne circule que jusqu'à huit heures du soir, car la glace sur le fleuve rend la traversée trop "
    "dangereuse la nuit, a-t-il précisé.\n";

} // namespace

TEST_CASE("the date line under the headline names the author, not the top bar's date over the menu",
          "[classify][byline]") {
    check_page({"18. März 2021", menu_de, "Neue Fähre verbindet die beiden Ufer des Flusses",
                "4. März 2021 Lena Brandt 2 Kommentare Hafen, Verkehr", text_de, "Lena Brandt", "2021-03-04"});
    check_page({"March 18, 2021", menu_en, "New ferry links the two banks of the river",
                "March 4, 2021 Jane Roe 2 Comments Harbour, Transport", text_en, "Jane Roe", "2021-03-04"});
    check_page({"18 mars 2021", menu_fr, "Un nouveau bac relie les deux rives du fleuve",
                "4 mars 2021 Jeanne Roux 2 commentaires Port, Transports", text_fr, "Jeanne Roux", "2021-03-04"});
    // The top bar printing the article's own day.
    check_page({"4 March 2021", menu_en, "New ferry links the two banks of the river",
                "4 March 2021 Jane Roe 2 Comments Harbour, Transport", text_en, "Jane Roe", "2021-03-04"});
}

TEST_CASE("a box's labelled facts over the headline give neither the date nor the byline's place",
          "[classify][byline]") {
    check_page({"Release: 14.03.2006 | Erweiterung: 21.10.2019", menu_de,
                "Neue Fähre verbindet die beiden Ufer des Flusses",
                "4. März 2021 Lena Brandt 2 Kommentare Hafen, Verkehr", text_de, "Lena Brandt", "2021-03-04"});
    check_page({"Release: 03/14/2006 | Expansion: 10/21/2019", menu_en, "New ferry links the two banks of the river",
                "March 4, 2021 Jane Roe 2 Comments Harbour, Transport", text_en, "Jane Roe", "2021-03-04"});
    check_page({"Sortie : 14/03/2006 | Extension : 21/10/2019", menu_fr,
                "Un nouveau bac relie les deux rives du fleuve",
                "4 mars 2021 Jeanne Roux 2 commentaires Port, Transports", text_fr, "Jeanne Roux", "2021-03-04"});
}

TEST_CASE("a handle joining capitals and small letters with an underscore signs a date line", "[classify][byline]") {
    // No word of a language holds an underscore: "Jo_Roe" is a handle as "jroe" is; a capitalised word alone
    // between the bars ("Harbour", "COVID-19") is still no name.
    check_after_date({{"3 March 2021 | Jo_Roe | 4 Comments", 3, "Jo_Roe"},
                      {"3. März 2021 | Dark_Ferry7 | Kommentare 4", 3, "Dark_Ferry7"},
                      {"3 mars 2021 | Jean_Morel | 4 commentaires", 3, "Jean_Morel"},
                      {"3 de marzo de 2021 | Lu_Gomez | 4 comentarios", 5, "Lu_Gomez"}});
    CHECK(handle_name("Jo_Roe"));
    CHECK_FALSE(handle_name("Harbour"));
    CHECK_FALSE(handle_name("COVID-19"));
    const Article a = test::ferry_page("March 3, 2021 | Jo_Roe | 4 Comments");
    CHECK(a.authors == std::vector<std::string>{"Jo_Roe"});
}

TEST_CASE("a labelled date opening a post's line of facts, a byline after it, signs and dates the post",
          "[classify][byline][dates]") {
    // "Posted on 3 March 2024 by Jane Roe in News": the label, the date, the byline and the post's categories, too
    // many words for a date line.
    struct Row {
        const char* line;
        const char* lang;
        const char* date;
    };
    const Row rows[] = {
        {"Posted on 3 March 2024 by Jane Roe in News", "en", "2024-03-03"},
        {"Veröffentlicht am 3. März 2024 von Jane Roe in Allgemein", "de", "2024-03-03"},
        {"Publié le 3 mars 2024 par Jane Roe dans Actualités", "fr", "2024-03-03"},
        {"Publicado el 3 de marzo de 2024 por Jane Roe en Noticias, Puerto", "es", "2024-03-03"},
        {"Pubblicato il 3 marzo 2024 di Jane Roe in Cronaca", "it", "2024-03-03"},
        {"Geplaatst op 3 maart 2024 door Jane Roe in Nieuws", "nl", "2024-03-03"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto lead = labelled_leading_date(r.line, r.lang);
        REQUIRE(lead);
        CHECK(lead->iso == r.date);
        const Article a = test::ferry_page(r.line);
        CHECK(a.authors == std::vector<std::string>{"Jane Roe"});
        CHECK(a.published.value_or("") == r.date);
    }
    // A line opening with no date's label, or a label with no date after it, opens no labelled date.
    CHECK_FALSE(labelled_leading_date("The council met on 3 March 2024 by the harbour", "en"));
    CHECK_FALSE(labelled_leading_date("Posted by Jane Roe on 3 March 2024", "en"));
}
