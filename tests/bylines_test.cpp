// Table-driven tests of the byline heuristics of bylines.cpp: names beside a date, names glued to figures or to a job
// title and names alone under the headline, in several languages.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// A page of a site's name, a menu, the headline, the lines under it and three sentences of text.
std::string page_with(const char* title, const std::string& under, const char* sentence) {
    const std::string s(sentence);
    return std::string("Harbour Notes\nHome | Town | Sport\n\n") + title + "\n" + under + "\n\n" + s + "\n" + s + " " +
           s + "\n" + s + "\n\nShare this article\n";
}

// A page's language, its headline, the lines under it, a sentence of its text and the authors read from it.
struct UnderRow {
    const char* lang;
    const char* title;
    const char* under;
    const char* sentence;
    std::vector<std::string> names;
};

// classify() of each row's page (page_with()) gives the row's authors.
void check_under_rows(std::initializer_list<UnderRow> rows) {
    for (const auto& r : rows) {
        const std::string page = page_with(r.title, r.under, r.sentence);
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == r.names);
    }
}

// A line and the one name read from it.
struct NameRow {
    const char* line;
    const char* name;
};

// name_before_date() of each row's line is its name.
void check_names_before_date(std::initializer_list<NameRow> rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        auto name = name_before_date(r.line);
        REQUIRE(name);
        CHECK(*name == r.name);
    }
}

// byline_authors() of each row's line is its name alone.
void check_byline_names(std::initializer_list<NameRow> rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        auto names = byline_authors(r.line, "");
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{r.name});
    }
}

// A page's language, the line under its headline, a sentence of its text and the one author read from it.
struct PageRow {
    const char* lang;
    const char* line;
    const char* sentence;
    const char* name;
};

// classify() of a page of each row's line and sentence names the row's author alone and reads a date.
void check_page_authors(std::initializer_list<PageRow> rows) {
    for (const auto& r : rows) {
        const std::string page = page_with("Lanterns on the quay", r.line, r.sentence);
        INFO(page);
        Article a = classify(segment(page), r.lang);
        CHECK(a.authors == std::vector<std::string>{r.name});
        CHECK(a.published.has_value());
    }
}

// A line and the names read from it.
struct NamesRow {
    const char* line;
    std::vector<std::string> names;
};

// `read` of each row's line gives the row's names.
template <typename Read> void check_line_names(std::initializer_list<NamesRow> rows, Read read) {
    for (const auto& r : rows) {
        INFO(r.line);
        auto names = read(r.line, "");
        REQUIRE(names);
        CHECK(*names == r.names);
    }
}

// `read` of each line names nobody.
template <typename Read> void check_no_names(std::initializer_list<const char*> lines, Read read) {
    for (const char* line : lines) {
        INFO(line);
        auto names = read(line, "");
        CHECK((!names || names->empty()));
    }
}

} // namespace

TEST_CASE("a name between a preposition of a day and the date's first word opens a date line", "[classify][byline]") {
    check_names_before_date({
        {"Jane Roe on 3 May 2021", "Jane Roe"},
        {"Anna Muster am 4. Februar 2022 um 11:23", "Anna Muster"},
        {"Lena Brandt am Freitag, 24. Januar 2020", "Lena Brandt"},
        {"Jeanne Morel le 12 mars 2022", "Jeanne Morel"},
        {"Lucía Gómez el 4 de mayo de 2021", "Lucía Gómez"},
        {"Marco Bianchi il 4 maggio 2021", "Marco Bianchi"},
    });
    // The preposition opens no date: the line goes on in words.
    for (const char* line : {"Jane Roe on the quay in 2021", "Anna Muster am Hafen 2022", "Jeanne Morel le port 2022",
                             "Jane Roe and 3 others"}) {
        INFO(line);
        CHECK_FALSE(name_before_date(line));
    }
}

TEST_CASE("a label of the date after a name opening a date line closes the name", "[classify][byline]") {
    check_names_before_date({
        {"Jane Roe Updated March 3, 2021", "Jane Roe"},
        {"Anna Muster Zuletzt geändert am 06.11.2023", "Anna Muster"},
        {"Lena Brandt Aktualisiert: 3. März 2021", "Lena Brandt"},
        {"Jeanne Morel Publié le 12 mars 2022", "Jeanne Morel"},
        {"Lucía Gómez Actualizado el 4 de mayo de 2021", "Lucía Gómez"},
        {"Marco Bianchi Aggiornato il 4 maggio 2021", "Marco Bianchi"},
    });
    // A lone word before the label names nobody.
    CHECK_FALSE(name_before_date("Redaktion Updated March 3, 2021"));
}

TEST_CASE("figures glued to a name's last word open the date or mark a note, the name keeps its letters",
          "[classify][byline]") {
    check_names_before_date({
        {"ANNA MUSTER3.11.2023", "ANNA MUSTER"},
        {"Jane Roe12 May 2021", "Jane Roe"},
        {"Jeanne Morel12/03/2022", "Jeanne Morel"},
    });
    check_byline_names({
        {"by Jane Roe22 Dec 2016", "Jane Roe"},
        {"Von Anna Muster3. März 2021", "Anna Muster"},
        {"Par Jeanne Morel12 mars 2022", "Jeanne Morel"},
    });
    // A month glued to its day is no name's word.
    CHECK_FALSE(name_before_date("Jane Apr16, 2015"));
}

TEST_CASE("a job title glued to the byline's name is cut off it", "[classify][byline]") {
    check_byline_names({
        {"By Jane RoeStaff Writer", "Jane Roe"},
        {"Von Anna MusterRedakteurin", "Anna Muster"},
        {"Par Jeanne MorelJournaliste", "Jeanne Morel"},
        {"Por Lucía GómezRedactora", "Lucía Gómez"},
        {"di Marco BianchiGiornalista", "Marco Bianchi"},
        // A capital inside a name that opens no job title stays.
        {"By Jane McRae", "Jane McRae"},
        {"Von Anna DiMarco", "Anna DiMarco"},
    });
}

TEST_CASE("a person's name closing a date line after the date is the byline's", "[classify][byline]") {
    const struct {
        const char* line;
        const char* rest;
        const char* name;
    } rows[] = {
        {"3 March 2022 Jane Roe", "Jane Roe", "Jane Roe"},
        {"1. Februar 2022 , Anna Muster", "Anna Muster", "Anna Muster"},
        {"12 mars 2022 Jeanne Morel 6", "Jeanne Morel 6", "Jeanne Morel"},
        {"4 de mayo de 2021 | Lucía Gómez", "Lucía Gómez", "Lucía Gómez"},
        {"4 maggio 2021 Marco Bianchi", "Marco Bianchi", "Marco Bianchi"},
        // The paper's name before the date, the author's after it.
        {"The Harbour Post 02/10/2020 Jane Roe", "The Harbour Post 02/10/2020 Jane Roe", "Jane Roe"},
        {"Hafenblatt 03.11.2021 Anna Muster", "Hafenblatt 03.11.2021 Anna Muster", "Anna Muster"},
        {"Le Courrier du Port 12/03/2022 Jeanne Morel", "Le Courrier du Port 12/03/2022 Jeanne Morel", "Jeanne Morel"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto name = name_after_date(r.line, r.rest);
        REQUIRE(name);
        CHECK(*name == r.name);
    }
    // A lone word, words in small letters, or words that open the line name nobody.
    CHECK_FALSE(name_after_date("3 March 2022 Redaktion", "Redaktion"));
    CHECK_FALSE(name_after_date("3 March 2022 by the harbour", "by the harbour"));
    CHECK_FALSE(name_after_date("Jane Roe 3 March 2022", "Jane Roe 3 March 2022"));
    CHECK_FALSE(name_after_date("3 March 2022 Jane Roe arrived", "Jane Roe arrived"));
    CHECK_FALSE(name_after_date("4 de mayo 2022, 12:00 A. M.", "A. M."));
    CHECK_FALSE(name_after_date("3 March 2022 Town & Harbour Ferry Times", "Town & Harbour Ferry Times"));
    CHECK(name_after_date("04.02.2022 | 13:10 Uhr | Anna Muster", "Anna Muster").value_or("") == "Anna Muster");
    // On a page: the name goes to the authors; a place printed in the text's sentences does not.
    const char* sentence = "The lanterns of the old fishing boats were lit one after the other along the quay "
                           "last night, the harbour master said.";
    Article a = classify(segment(page_with("Lanterns on the quay", "3 March 2022 Jane Roe", sentence)), "en");
    CHECK(a.authors == std::vector<std::string>{"Jane Roe"});
    const char* in_town = "The lanterns of the old fishing boats were lit along the quay of Port Lorval last night, "
                          "the harbour master said.";
    a = classify(segment(page_with("Lanterns on the quay", "3 March 2022 Port Lorval", in_town)), "en");
    CHECK(a.authors.empty());
}

TEST_CASE("a line of people's names alone under the headline is the byline", "[classify][byline]") {
    const struct {
        const char* line;
        std::vector<std::string> names;
    } lines[] = {
        {"Jane Roe", {"Jane Roe"}},
        {"Anna Muster, Lena Brandt", {"Anna Muster", "Lena Brandt"}},
        {"Jeanne Morel et Odile Marchal", {"Jeanne Morel", "Odile Marchal"}},
        {"Lucía Gómez y Ana Ruiz", {"Lucía Gómez", "Ana Ruiz"}},
        {"Marwan Adwan1", {"Marwan Adwan"}},
        // The longest names line: four names of four words and three joiners, nineteen tokens (a longer line is
        // turned away before its words are read).
        {"Anna Maria von Berg and Jean Paul de Roux and Ana Sofia da Costa and Max Peter van Dijk",
         {"Anna Maria von Berg", "Jean Paul de Roux", "Ana Sofia da Costa", "Max Peter van Dijk"}},
    };
    for (const auto& r : lines) {
        INFO(r.line);
        auto names = names_line(r.line);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
    // A place after the name, a lone word, a sentence, words in small letters, a job title, a desk or a button name
    // nobody.
    for (const char* line : {"Jane Roe, London", "Redaktion", "Jane Roe is a reporter", "the harbour master",
                             "Senior Reporter", "Hafenblatt Redaktion", "Medien Kommentieren",
                             "Anna Maria von Berg and Jean Paul de Roux and Ana Sofia da Costa and Max Peter van Dijk "
                             "and Lena Brandt"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
    }
    check_under_rows({
        {"en", "Lanterns on the quay", "Jane Roe\nPhoto: Harbour Press",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
         {"Jane Roe"}},
        {"en", "Lanterns on the quay", "Jane Roe\nSenior Reporter",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
         {"Jane Roe"}},
        {"de", "Die Fischer zünden am Kai die alten Laternen an", "Anna Muster, Lena Brandt",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         {"Anna Muster", "Lena Brandt"}},
        {"fr", "Les lanternes du quai", "Jeanne Morel",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         {"Jeanne Morel"}},
        {"es", "Las linternas del muelle", "Lucía Gómez",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche.",
         {"Lucía Gómez"}},
        {"it", "Le lanterne del molo", "Marco Bianchi",
         "Le lanterne delle vecchie barche da pesca sono state accese una dopo l'altra lungo il molo ieri sera.",
         {"Marco Bianchi"}},
    });
    // A run of names is a list of people; a name whose words the page prints in small letters is a title; a name
    // under a list's label or over a menu's next entry is an entry; a name under the text's first line is no byline.
    const char* sentence = "The lanterns of the old fishing boats were lit one after the other along the quay "
                           "last night.";
    for (const char* under :
         {"Jane Roe\nJohn Doe\nAnn Lee", "Lanterns Tonight", "Cast:\nHarold Finch", "Harold Finch\nDonate"}) {
        const std::string page = page_with("Lanterns on the quay", under, sentence);
        INFO(page);
        CHECK(classify(segment(page), "en").authors.empty());
    }
    // The site's name printed over the headline and again under it.
    const char* satz = "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai "
                       "angezündet.";
    for (const auto& [lang, text] : {std::pair{"en", sentence}, std::pair{"de", satz}}) {
        const std::string page = std::string("Radio Lorval\nHome | Town | Sport\n\nLanterns on the quay tonight\n"
                                             "Radio Lorval\n\n") + text + "\n" + text + " " + text + "\n";
        INFO(page);
        CHECK(classify(segment(page), lang).authors.empty());
    }
    const std::string late = std::string("Harbour Notes\n\nLanterns on the quay\n\n") + sentence + "\n" + sentence +
                             " " + sentence + "\nJane Roe\n" + sentence + "\n";
    INFO(late);
    CHECK(classify(segment(late), "en").authors.empty());
}

TEST_CASE("a post's line of facts opening with its date names its author before the categories",
          "[classify][byline]") {
    check_line_names(
        {
            {"March 3, 2021 by Jane Roe in Harbour News", {"Jane Roe"}},
            {"4. Mai 2022 von Kira in Allgemein, Hafen", {"Kira"}},
            {"12 mars 2022 par Jeanne Morel dans Actualités, Port", {"Jeanne Morel"}},
            {"4 de mayo de 2021 por Lucía Gómez en Noticias", {"Lucía Gómez"}},
            {"4 maggio 2021 di Marco Bianchi in Notizie", {"Marco Bianchi"}},
            {"3. März 2021 von Anna Muster / Kategorien: Hafen, Fähren", {"Anna Muster"}},
            {"3 March 2021 by Jane Roe | Ferries | 2 Comments", {"Jane Roe"}},
        },
        post_facts_authors);
    // No date first, no byline word after it, or a sentence: no author.
    for (const char* line : {"Jane Roe in Harbour News, March 3, 2021", "3 March 2021 in Harbour News by Jane Roe",
                             "3 March 2021 the ferries were stopped by the storm in Lorval"}) {
        INFO(line);
        auto names = post_facts_authors(line, "");
        CHECK((!names || names->empty()));
    }
    // On a page: the line's author goes to the authors, its date to the record.
    check_page_authors({
        {"en", "March 3, 2021 by Jane Roe in Harbour News, Ferries",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "Jane Roe"},
        {"de", "4. Mai 2022 von Kira in Allgemein, Hafen",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.", "Kira"},
        {"fr", "12 mars 2022 par Jeanne Morel dans Actualités, Port",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "Jeanne Morel"},
    });
}

TEST_CASE("a byline after a bar or a bullet on a line of facts names its authors", "[classify][byline]") {
    check_line_names(
        {
            {"The Harbour Post | May 4, 2022 | By Jane Roe", {"Jane Roe"}},
            {"Hafenblatt | 4. Mai 2022 | von Anna Muster", {"Anna Muster"}},
            {"Le Petit Port | 4 mai 2022 à 10h00 \u2022 Mis à jour le 5 mai 2022 | Par Marie Dupont",
             {"Marie Dupont"}},
            {"Le Petit Port | 4 mai 2022 | Par Marie Dupont (avec Jean Morel)", {"Marie Dupont", "Jean Morel"}},
            {"El Puerto | 4 de mayo de 2022 | por Lucía Gómez", {"Lucía Gómez"}},
            {"Il Porto | 4 maggio 2022 | di Marco Bianchi", {"Marco Bianchi"}},
        },
        cut_byline_authors);
    // No piece after a cut is a byline, a lone word is no name, a byline before the first cut is read elsewhere.
    check_no_names({"The Harbour Post | May 4, 2022 | Ferries", "Hafenblatt | 4. Mai 2022 | von Kira",
                    "By Jane Roe | May 4, 2022", "Le Petit Port | 4 mai 2022 | Par le port de Lorval"},
                   cut_byline_authors);
    // On a page: a date line with its paper's name before the date, and a line of facts too long for a date line.
    check_page_authors({
        {"en", "The Harbour Post | May 4, 2022 | By Jane Roe",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "Jane Roe"},
        {"de", "Hafenblatt | 4. Mai 2022 | von Anna Muster",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "Anna Muster"},
        {"fr", "Le Petit Port | 4 mai 2022 à 10h00 \u2022 Mis à jour le 5 mai 2022 à 11h00 | Par Marie Dupont",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "Marie Dupont"},
    });
}

TEST_CASE("the categories after the name of a date line's byline are no part of it", "[classify][byline]") {
    const struct {
        const char* byline;
        const char* cut;
    } rows[] = {
        {"Von Kira In Aktuelles", "Von Kira "},
        {"By Jane Roe In Harbour News", "By Jane Roe "},
        {"Par Jeanne Dans Actualités", "Par Jeanne "},
        {"Por Lucía En Noticias", "Por Lucía "},
        {"von Anna in Allgemein, Hafen", "von Anna "},
        {"By Jane Roe", "By Jane Roe"},
        {"By Jane Roe in town", "By Jane Roe in town"},
    };
    for (const auto& r : rows) {
        INFO(r.byline);
        CHECK(without_categories(r.byline) == r.cut);
    }
    // On a page: a date line whose every word is capitalised, a blog's author and its category after the date.
    check_page_authors({
        {"en", "On May 4, 2022 By Kira In Harbour",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "Kira"},
        {"de", "Am 4. Mai 2022 Von Kira In Aktuelles",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.", "Kira"},
        {"fr", "Le 4 mai 2022 Par Jeanne Dans Actualités",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "Jeanne"},
    });
}

TEST_CASE("a handle in small letters after a byline word signs a date line", "[classify][byline]") {
    for (const auto& [line, name] : {std::pair{"by jroe", "jroe"}, std::pair{"von kaimoewe", "kaimoewe"},
                                     std::pair{"par marta_p", "marta_p"}, std::pair{"por lu.gomez", "lu.gomez"},
                                     std::pair{"di mbianchi77", "mbianchi77"}}) {
        INFO(line);
        auto names = byline_authors(line, "", true);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{name});
        // (Not on a byline of its own: there a small word after "by" opens a sentence.)
        CHECK_FALSE(byline_authors(line, ""));
    }
    // Words of a language, a date's words and a job title are no handles.
    for (const char* line : {"by the", "von gestern", "par mars", "by staff", "by -x", "by jane roe", "by ab"}) {
        INFO(line);
        auto names = byline_authors(line, "", true);
        CHECK((!names || names->empty()));
    }
    check_page_authors({
        {"en", "March 3, 2021 by jroe",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "jroe"},
        {"de", "4. Mai 2022 von kaimoewe",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "kaimoewe"},
        {"fr", "12 mars 2022 par marta_p dans Actualités",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "marta_p"},
    });
    // A common word after the byline word, printed in the text's sentences too, is no handle.
    for (const auto& [lang, line, sentence] :
         {std::tuple{"en", "March 3, 2021 by hand",
                     "The old nets of the fishing boats were mended by hand along the quay all last night."},
          std::tuple{"de", "4. Mai 2022 von heute",
                     "Die alten Netze der Fischerboote werden von heute an wieder am Kai von Hand geflickt."},
          std::tuple{"fr", "12 mars 2022 par bateau",
                     "Les vieux filets des pêcheurs sont arrivés par bateau au quai du port hier soir."}}) {
        const std::string page = page_with("Lanterns on the quay", line, sentence);
        INFO(page);
        CHECK(classify(segment(page), lang).authors.empty());
    }
}

TEST_CASE("a label phrase of the text's author opens a byline", "[classify][byline]") {
    check_byline_names({
        {"Text von Anna Muster", "Anna Muster"},
        {"Blog Beitrag von Lena Brandt", "Lena Brandt"},
        {"Erstellt von Jonas Keller", "Jonas Keller"},
        {"Text & Fotos: Jonas Keller 0 12", "Jonas Keller"},
        {"Story by Jane Roe", "Jane Roe"},
        {"Rédigé par Jeanne Morel le 12 mars 2022", "Jeanne Morel"},
        {"Publié par Odile Marchal", "Odile Marchal"},
        {"Escrito por Lucía Gómez", "Lucía Gómez"},
        {"Publicado por Ana Ruiz el 4 de mayo de 2021", "Ana Ruiz"},
        {"Scritto da Marco Bianchi", "Marco Bianchi"},
        {"Pubblicato da Luca Neri il 4 maggio 2021", "Luca Neri"},
    });
}

TEST_CASE("a one-word name after a byline label is the author's when a colon or the date follows the label",
          "[classify][byline]") {
    check_byline_names({
        {"Gespeichert von jroe am 3. Juni 2018 - 09:40", "jroe"},
        {"von amuster \u00b7 12. März 2021", "amuster"},
        {"Author: Quill7 on 3 May 2021, 13:36", "Quill7"},
        {"Autor: mmuster", "mmuster"},
        {"Author: Kayla", "Kayla"},
        {"Erstellt von Dominika \u2014 veröffentlicht 14.02.2021 08:30", "Dominika"},
        {"Von Anna.Muster am Sonntag, 20. Oktober 2019 um 10:05 Uhr", "Anna.Muster"},
        {"Par jmorel le 12 mars 2022", "jmorel"},
        {"Por aruiz el 4 de mayo de 2021", "aruiz"},
        {"Di mbianchi il 4 maggio 2021", "mbianchi"},
    });
    // No colon and no date: a lone word; a word of a language, a weekday; a sentence going on past its date.
    check_no_names({"By Kayla", "von jroe", "von gestern am 3. März 2022", "Von Montag am 3. März 2022",
                    "by the quay on 3 May 2021", "By train on 3 May 2021 we sailed to the isles.",
                    "Par bateau le 12 mars 2022."},
                   [](std::string_view line, std::string_view language) { return byline_authors(line, language); });
    check_page_authors({
        {"de", "Gespeichert von kaimoewe am 3. Juni 2018 - 09:40",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "kaimoewe"},
        {"en", "Author: Quill7 on 3 May 2021, 13:36",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "Quill7"},
        {"fr", "Par jmorel le 12 mars 2022",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "jmorel"},
    });
}

TEST_CASE("the credit of the pictures beside a byline names no author of the text", "[classify][byline]") {
    check_byline_names({
        {"by Jane Roe (reporting) and Max Poe (photography)", "Jane Roe"},
        {"Text von Anna Muster   Illustration von Max Roe", "Anna Muster"},
        {"Von Lena Brandt  Foto: \u00a9 Hafenbild", "Lena Brandt"},
        {"Von Anna Muster (Text) und Max Roe (Fotos)", "Anna Muster"},
        {"Par Luc Roy (photos) et Jeanne Morel", "Jeanne Morel"},
        {"Por Luis Gil (fotos) y Ana Ruiz", "Ana Ruiz"},
        {"Di Luca Neri (foto) e Marco Bianchi", "Marco Bianchi"},
    });
    // Co-authors in a parenthesis are kept.
    check_line_names({{"Par Lucien Ferrand (avec Odile Marchal)", {"Lucien Ferrand", "Odile Marchal"}}},
                     [](std::string_view line, std::string_view language) { return byline_authors(line, language); });
}

TEST_CASE("a byline of full names under the handle that posted the page names its author", "[classify][byline]") {
    check_page_authors({
        {"de", "Gespeichert von kaimoewe am 3. Juni 2018 - 09:40\nDrucken\nTeilen\nBlog Beitrag von Anna Muster",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "Anna Muster"},
        {"en", "Submitted by jroe on 3 May 2021\nPrint\nShare\nText by Jane Roe",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "Jane Roe"},
        {"fr", "Soumis par jmorel le 12 mars 2022\nImprimer\nPartager\nTexte de Jeanne Morel",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "Jeanne Morel"},
    });
}

TEST_CASE("a parenthesis of several words after a byline's name is no part of it", "[classify][byline]") {
    check_byline_names({
        {"By Jane Roe (Sponsored Post), speaker at harbour.example", "Jane Roe"},
        {"Von Anna Muster (Pressesprecherin des Hafenvereins)", "Anna Muster"},
        {"Par Jeanne Morel (Envoyée spéciale à Brest)", "Jeanne Morel"},
        {"Por Ana Ruiz (Corresponsal en Bilbao)", "Ana Ruiz"},
        {"Di Marco Bianchi (Inviato a Genova)", "Marco Bianchi"},
    });
}

TEST_CASE("a byline label closed by a colon signs the text further down, under the links closing it",
          "[classify][byline]") {
    for (const auto& [lang, sentence, links, label, name] :
         {std::tuple{"en",
                     "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
                     "Read more:\nFerries in winter\nThe old lighthouse\nA walk on the pier\nNets and knots\n",
                     "Date: 3 May 2021\nAuthor: Jane Roe\nSource: Harbour Notes\n", "Jane Roe"},
          std::tuple{"de",
                     "Die Laternen der alten Fischerboote wurden gestern Abend "
                     "eine nach der anderen am Kai angezündet.",
                     "Zum Thema:\nFähren im Winter\nDer alte Leuchtturm\nEin Gang über die Mole\nNetze und Knoten\n",
                     "Datum: 3.05.2021\nAutor: Anna Muster\nQuelle: Hafenblatt\n", "Anna Muster"},
          std::tuple{"fr",
                     "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai "
                     "hier soir.",
                     "À lire aussi :\nLes bacs en hiver\nLe vieux phare\nUne promenade sur la jetée\n"
                     "Filets et nœuds\n",
                     "Date : 3 mai 2021\nAuteur : Jeanne Morel\nSource : Le Petit Port\n", "Jeanne Morel"}}) {
        const std::string s(sentence);
        const std::string page = std::string("Harbour Notes\nHome | Town | Sport\n\nLanterns on the quay\n\n") + s +
                                 "\n" + s + " " + s + "\n" + s + "\n\n" + links + "\n" + label;
        INFO(page);
        CHECK(classify(segment(page), lang).authors == std::vector<std::string>{name});
    }
}

TEST_CASE("a byline of a first name or a handle alone right under the date line names its author",
          "[classify][byline]") {
    for (const auto& [lang, under, sentence, name] :
         {std::tuple{"en", "3 May 2021\nBy jroe",
                     "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
                     "jroe"},
          std::tuple{"de", "4. Mai 2022\nvon Kira",
                     "Die Laternen der alten Fischerboote wurden gestern Abend "
                     "eine nach der anderen am Kai angezündet.",
                     "Kira"},
          std::tuple{"fr", "12 mars 2022\npar jmorel",
                     "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre "
                     "le long du quai hier "
                     "soir.",
                     "jmorel"}}) {
        const std::string page = page_with("Lanterns on the quay", under, sentence);
        INFO(page);
        CHECK(classify(segment(page), lang).authors == std::vector<std::string>{name});
    }
    // A word of the text's sentences is no name.
    const std::string page =
        page_with("Lanterns on the quay", "4. Mai 2022\nvon Hafen",
                  "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen von Hafen zu Hafen "
                  "angezündet.");
    CHECK(classify(segment(page), "de").authors.empty());
}

TEST_CASE("a byline label's colon vouches for the one word after it on a line of facts", "[classify][byline]") {
    check_page_authors({
        {"en", "Published: May 3, 2021 | Author: jroe | Filed under: Harbour, Photography | Tags: quay, lanterns, "
               "evening | 5 Comments",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.", "jroe"},
        {"de", "Veröffentlicht: 3.05.2021 | Autor: kaimoewe | Abgelegt unter: Hafen, Fotografie | Tags: Kai, "
               "Laternen, Abend | 5 Kommentare",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "kaimoewe"},
        {"fr", "Publié le 12/03/2022 | Auteur : jmorel | Classé dans : Port, Photographie | Mots-clés : quai, "
               "lanternes, soir | 5 commentaires",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "jmorel"},
    });
}

TEST_CASE("a line of one ASCII token is no byline, and a byline word with a name after it is", "[classify][byline]") {
    // (byline_authors() turns a line of one token away before collapsing it: a menu's entry, a lone word over the
    // text, a byline word alone, whose names stand on the next line.)
    for (const char* line : {"Newsletter", "Harbourside", "E-Mail", "Dr.", "Startseite", "Hafenfest", "Accueil",
                             "Actualites", "Contacto", "Notizie", "(Video)", "By", "Von", "Par"})
        CHECK_FALSE(byline_authors(line, "").has_value());
    for (auto [line, name] : {std::pair{"By Jane Roe", "Jane Roe"}, std::pair{"Von Anna Muster", "Anna Muster"},
                              std::pair{"Par Jean Dupont", "Jean Dupont"}}) {
        auto names = byline_authors(line, "");
        REQUIRE(names.has_value());
        CHECK(*names == std::vector<std::string>{name});
    }
}

TEST_CASE("names right under the headline over a picture's credit are the byline, not the picture's caption",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* under;
        const char* sentence;
        std::vector<std::string> names;
    } pages[] = {
        {"en", "Jane Roe, John Doe\nPhoto: Max Poe.",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
         {"Jane Roe", "John Doe"}},
        {"de", "Anna Muster, Lena Brandt\nFoto: Max Roe.",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         {"Anna Muster", "Lena Brandt"}},
        {"fr", "Jeanne Morel et Odile Marchal\nPhoto : Paul Roux.",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         {"Jeanne Morel", "Odile Marchal"}},
        {"es", "Lucía Gómez y Ana Ruiz\nFoto: Pablo Sanz.",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche.",
         {"Lucía Gómez", "Ana Ruiz"}},
    };
    for (const auto& r : pages) {
        const std::string page = page_with("Lanterns on the quay", r.under, r.sentence);
        INFO(page);
        const Article a = classify(segment(page), r.lang);
        CHECK(a.authors == r.names);
        const std::string names_text = std::string(r.under).substr(0, std::string(r.under).find('\n'));
        for (const Media& m : a.media)
            CHECK(m.caption.value_or("") != names_text);
    }
    // A portrait's caption names the person the text is about, printed inside its sentences: no byline.
    const std::string page = page_with("Lanterns on the quay", "Jane Roe, John Doe\nPhoto: Max Poe.",
                                       "Jane Roe and John Doe lit the lanterns of the old fishing boats one after "
                                       "the other along the quay last night.");
    INFO(page);
    CHECK(classify(segment(page), "en").authors.empty());
}

TEST_CASE("a name alone under the headline's copy over the text is the byline", "[classify][byline]") {
    check_under_rows({
        {"en", "Lanterns on the quay tonight", "3 May 2023 | Harbour\nLanterns on the quay tonight\n\nJane Roe",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
         {"Jane Roe"}},
        {"de", "Die Laternen am Kai leuchten wieder", "Die Laternen am Kai leuchten wieder\n\nAnna Muster",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         {"Anna Muster"}},
        {"fr", "Les lanternes du quai brillent ce soir",
         "© Paul Roux\n3 mai 2023 | Port\nLes lanternes du quai brillent ce soir\n\nJeanne Morel",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         {"Jeanne Morel"}},
    });
    // A run of names under the copy is a list of people; a row of a table of facts runs on into the next row.
    const char* sentence = "The lanterns of the old fishing boats were lit one after the other along the quay last "
                           "night.";
    for (const char* under : {"Lanterns on the quay tonight\n\nJane Roe\nJohn Doe\nAnn Lee",
                              "Lanterns on the quay tonight\n\nOrt Lorval\nDatum 28.01.2022"}) {
        const std::string page = page_with("Lanterns on the quay tonight", under, sentence);
        INFO(page);
        CHECK(classify(segment(page), "en").authors.empty());
    }
}

TEST_CASE("a byline naming a newsroom's desk names the desk as printed", "[classify][byline]") {
    auto read = [](std::string_view line, std::string_view language) { return byline_authors(line, language); };
    // (No person: the desk's words are the byline's one name, as the gold bylines keep them.)
    check_line_names({{"Por Redacción Nacional", {"Redacción Nacional"}},
                      {"Von Redaktion Inland", {"Redaktion Inland"}},
                      {"Par Rédaction Nationale", {"Rédaction Nationale"}},
                      {"di Redazione Cronaca", {"Redazione Cronaca"}},
                      {"Door Redactie Binnenland", {"Redactie Binnenland"}},
                      {"Por Redação Central", {"Redação Central"}},
                      {"By Newsroom Harbour Desk", {"Newsroom Harbour Desk"}},
                      {"Autor: Redakcja Regionalna", {"Redakcja Regionalna"}}},
                     read);
    // A person's name after the byline word is still read, and a desk's word after a name ends the names.
    check_line_names({{"Por Lucía Gómez", {"Lucía Gómez"}},
                      {"Von Anna Muster und Redaktion Inland", {"Anna Muster"}},
                      {"By Jane Roe and Newsroom Harbour Desk", {"Jane Roe"}}},
                     read);
    check_under_rows({{"es", "La lancha del lago llevará el doble de pasajeros", "Por Redacción Nacional",
                       "La lancha sale desde el lunes cada media hora y los pasajes cuestan lo mismo que el año pasado.",
                       {"Redacción Nacional"}},
                      {"de", "Die neue Fähre fasst doppelt so viele Fahrgäste", "Von Redaktion Inland",
                       "Die Fähre fährt ab Montag alle dreißig Minuten, und die Fahrkarten kosten so viel wie im Vorjahr.",
                       {"Redaktion Inland"}},
                      {"fr", "Le nouveau bac emportera deux fois plus de passagers", "Par Rédaction Nationale",
                       "Le bac part dès lundi toutes les demi-heures, et les billets coûtent le même prix que l'an dernier.",
                       {"Rédaction Nationale"}},
                      {"it", "Il nuovo traghetto porterà il doppio dei passeggeri", "di Redazione Cronaca",
                       "Il traghetto parte da lunedì ogni mezz'ora, e i biglietti costano come l'anno scorso.",
                       {"Redazione Cronaca"}}});
}

TEST_CASE("next_fact() cuts a post's line of facts at the nearest of its marks", "[classify][byline][review97]") {
    // (The marks cut_byline_authors() and post_facts_dates() cut a post's facts at.)
    const auto& cuts = archive::post_fact_cuts;
    auto facts = [](std::string_view line) {
        std::vector<std::string> out;
        for (std::size_t from = 0; from < line.size();)
            out.emplace_back(archive::next_fact(line, from, archive::post_fact_cuts));
        return out;
    };
    using V = std::vector<std::string>;
    CHECK(facts("Ver\u00f6ffentlicht: 05.01.2031 | Autorin: Mira Talberg \u2022 Rubrik: Umland") ==
          V{"Ver\u00f6ffentlicht: 05.01.2031 ", " Autorin: Mira Talberg ", " Rubrik: Umland"});
    CHECK(facts("Publi\u00e9 le 3 mars 2031 \u00b7 Par Lise Montcalm / Vie locale") ==
          V{"Publi\u00e9 le 3 mars 2031 ", " Par Lise Montcalm", "Vie locale"});
    // Near misses: a slash inside a word ("Text/Foto") cuts nothing; a line with no mark is one fact.
    CHECK(facts("Text/Foto: Mira Talberg") == V{"Text/Foto: Mira Talberg"});
    CHECK(facts("Posted on March 3, 2031 by Jane Roe") == V{"Posted on March 3, 2031 by Jane Roe"});
    // The position moves past the cut it stops at, and to the line's end after the last fact.
    std::size_t from = 0;
    const std::string_view line = "9 Apr 2031 | Ana Ruiz";
    CHECK(archive::next_fact(line, from, cuts) == "9 Apr 2031 ");
    CHECK(from == 12);
    CHECK(archive::next_fact(line, from, cuts) == " Ana Ruiz");
    CHECK(from == line.size());
}

TEST_CASE("month_name() knows a month's lower-cased name in any of the lexicon's languages", "[byline][review97]") {
    // (The reader bylines' date words and headline.cpp's dated titles share.)
    for (const char* w : {"märz", "mars", "march", "marzo", "janvier", "jänner", "dicembre", "octubre"}) {
        INFO(w);
        CHECK(archive::month_name(w));
    }
    // Near misses: a weekday, a word of the harbour, a month glued to a figure, a month not yet lower-cased.
    for (const char* w : {"montag", "mardi", "hafen", "port", "märz2031", "Januar", ""}) {
        INFO(w);
        CHECK_FALSE(archive::month_name(w));
    }
}

TEST_CASE("date_separator() takes a mark alone between a byline's name and its date", "[byline][review97]") {
    // "Mira Talberg | 3. März 2031", "Lise Montcalm — 4 avril 2031", "Jane Roe , Apr 16, 2031", "Ana Ruiz ⋅ 5 de mayo".
    for (const char* w : {"|", "\u2014", ",", "\u22c5", "\u2022", "\u00b7", "\u2013", "-", "/"}) {
        INFO(w);
        CHECK(archive::date_separator(w));
    }
    // Near misses: a colon, a word, a mark glued to the date, two marks, nothing.
    for (const char* w : {":", "von", "par", "\u20142031", "||", ""}) {
        INFO(w);
        CHECK_FALSE(archive::date_separator(w));
    }
}

// "Mark Hollis @markhollis", "Jana Morlock (@janamorlock)": a bare name closed by the author's handle signs the text as
// the name alone would; the handle is no part of the name (byline97).
TEST_CASE("a handle closing a line of a name is no part of the name", "[byline][byline97]") {
    struct Row {
        const char* line;
        const char* name;
    };
    const Row rows[] = {
        {"Mark Hollis @markhollis", "Mark Hollis"},
        {"Jana Morlock (@janamorlock)", "Jana Morlock"},
        {"Claire Vautrin - @clairevautrin", "Claire Vautrin"},
        {"Giulia Ferraris | @giulia_ferraris", "Giulia Ferraris"},
        {"Mark Hollis", "Mark Hollis"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(names_line(r.line) == std::vector<std::string>{r.name});
    }
    // near misses: a handle alone, an "@" standing for "at", an address, a call to follow the paper
    CHECK_FALSE(names_line("Jane Roe @ Harbour Hall"));
    CHECK_FALSE(names_line("Jane Roe jane.roe@harbour-post.example"));
    CHECK_FALSE(names_line("Follow us @fenwickgazette"));
    CHECK_FALSE(names_line("Folgen Sie uns auf @kreisbote"));
    CHECK_FALSE(names_line("@markhollis"));
}

TEST_CASE("a bare name with its handle under the headline signs the text", "[classify][byline][byline97]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* author;
    };
    const Row rows[] = {
        {"en",
         "The Fenwick Gazette\nLocal\nBridge closure to last until spring, council says\n"
         "Drivers face a long detour while engineers replace the old deck over the River Lunn\n"
         "Mark Hollis @markhollis\nReporter\n7 December 2026\n"
         "The Lunn Street bridge will stay closed to traffic until April while engineers replace its deck, the "
         "council said.\nLocal traders said they feared losing trade over the winter months.\n",
         "Mark Hollis"},
        {"de",
         "Kreisbote Talheim\nRegion\nBrücke bleibt bis zum Frühjahr gesperrt\n"
         "Autofahrer müssen einen langen Umweg fahren, während die Fahrbahn ersetzt wird\n"
         "Jana Morlock (@janamorlock)\nRedakteurin\n7. Dezember 2026\n"
         "Die Brücke über die Lauter bleibt bis April für den Verkehr gesperrt, teilte das Landratsamt am Montag "
         "mit.\nDie Geschäftsleute im Ort befürchten Einbußen über die Wintermonate.\n",
         "Jana Morlock"},
        {"fr",
         "Le Courrier de Vaulnay\nRégion\nLe pont de la Sarre fermé jusqu'au printemps\n"
         "Les automobilistes devront faire un long détour pendant les travaux sur le tablier\n"
         "Claire Vautrin @clairevautrin\n7 décembre 2026\n"
         "Le pont de la Sarre restera fermé à la circulation jusqu'en avril, a annoncé lundi le conseil "
         "départemental.\nLes commerçants du bourg craignent une baisse de leur chiffre d'affaires cet hiver.\n",
         "Claire Vautrin"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(a.authors == std::vector<std::string>{r.author});
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                CHECK(para.find('@') == std::string::npos);
    }
}
