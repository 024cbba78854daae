// Bylines and credits that name an agency or a label, not a person or a picture: "Von dpa/lnw" as the byline, "Source
// : Keystone-ATS" in French typography closing a caption, a caption quoting the body's words, a table's "Quelle:" under
// its rows, "Fotos: Anna Keller, Urs Meier" under the head picture's caption. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon_parse.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

Article parse_de_byline(const std::string& byline) {
    return parse("Neue Brücke über die Lauter wird im Frühjahr eröffnet\n"
                 "Nach drei Jahren Bauzeit soll der Übergang bei Kellbach im März freigegeben werden.\n" +
                 byline +
                 "\n12.11.2026, 14:05 Uhr\n\n"
                 "Die neue Brücke über die Lauter bei Kellbach soll im kommenden März für den Verkehr freigegeben "
                 "werden. Das teilte der Landesbetrieb Straßenbau am Donnerstag mit.\n\n"
                 "Die alte Brücke war vor vier Jahren wegen Rissen im Tragwerk gesperrt worden. Pendler mussten "
                 "seitdem einen Umweg von gut zwölf Kilometern in Kauf nehmen.\n");
}

Article parse_fr_byline(const std::string& byline) {
    return parse("Un train régional déraille près de Valmont, sans faire de blessés\n"
                 "Le convoi transportait une quarantaine de passagers au moment de l'incident.\n" +
                 byline +
                 "\nPublié le 12 novembre 2026 à 09h14\n\n"
                 "Un train régional a déraillé jeudi matin à l'entrée de la gare de Valmont, sans faire de blessés, "
                 "a indiqué la compagnie ferroviaire.\n\n"
                 "La circulation devrait reprendre vendredi sur la ligne. Des bus de substitution ont été mis en "
                 "place entre Valmont et Saint-Orens.\n");
}

} // namespace

TEST_CASE("a byline word before an agency's small-letter tag names no author: the agency is the source",
          "[media92][byline][source_tag]") {
    struct Row {
        const char* byline;
        const char* raw;
        std::vector<std::string> agencies;
    };
    const std::vector<Row> rows = {
        {"Von dpa", "dpa", {"dpa"}},
        {"Von dpa/lnw", "dpa", {"dpa"}},
        {"Von dpa/AFP", "dpa/AFP", {"dpa", "afp"}},
        {"Von AFP/dpa", "AFP/dpa", {"afp", "dpa"}},
        {"Par ats", "ats", {"ats"}},
        {"Par ats/afp", "ats/afp", {"ats", "afp"}},
    };
    for (const Row& r : rows) {
        INFO(r.byline);
        const Article a = std::string(r.byline).starts_with("Von") ? parse_de_byline(r.byline) : parse_fr_byline(r.byline);
        CHECK(a.authors.empty());
        CHECK(a.media.empty());
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.agencies);
    }
    // the agencies printed capitalised were read so already, and an outlet with its agency too
    for (const char* line : {"Par AFP", "Par Le Figaro avec AFP"}) {
        INFO(line);
        const Article a = parse_fr_byline(line);
        CHECK(a.authors.empty());
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->agencies == std::vector<std::string>{"afp"});
    }
    // near misses: a person's name with the agency stays an author, and a word in small letters that is no agency's
    // tag ("ap" alone is a word; "lnw" alone is a desk) names no source
    const Article named = parse_de_byline("Von Anna Muster/dpa");
    CHECK(named.authors == std::vector<std::string>{"Anna Muster"});
    REQUIRE(named.source_tag.has_value());
    CHECK(named.source_tag->agencies == std::vector<std::string>{"dpa"});
    for (const char* line : {"Von lnw", "By ap"}) {
        INFO(line);
        const Article a = parse_de_byline(line);
        CHECK(!a.source_tag.has_value());
    }
}

namespace {

Article parse_fr_caption(const std::string& caption) {
    return parse("Le vieux pont de Sarrancourt rouvre aux piétons après deux ans de travaux\n"
                 "La municipalité a inauguré samedi l'ouvrage restauré en présence des habitants.\n"
                 "Par Claire Vasseur\nPublié le 12 novembre 2026 à 10h05\n\n"
                 "Après deux ans de travaux, le vieux pont de pierre de Sarrancourt est de nouveau ouvert aux "
                 "piétons. Les arches, fragilisées par les crues, ont été consolidées une à une.\n\n" +
                 caption +
                 "\n\nLe chantier a coûté 3,2 millions d'euros, financés en partie par la région. Les cyclistes "
                 "devront encore patienter jusqu'au printemps.\n\n"
                 "Le pont sera illuminé chaque soir à partir de décembre, a précisé la mairie.\n");
}

} // namespace

TEST_CASE("a credit's label with a space before its colon reads as the label with none",
          "[media92][credit][caption]") {
    struct Row {
        const char* line;
        const char* caption;
        const char* credit;
    };
    const std::vector<Row> rows = {
        {"Le maire Bernard Lefranc coupe le ruban. Source : Keystone-ATS", "Le maire Bernard Lefranc coupe le ruban.",
         "Source : Keystone-ATS"},
        {"Le maire Bernard Lefranc coupe le ruban. Source: Keystone-ATS", "Le maire Bernard Lefranc coupe le ruban.",
         "Source: Keystone-ATS"},
        // (decode() makes the no-break spaces before the colon plain ones)
        {"Le maire Bernard Lefranc coupe le ruban. Source\u00a0: Keystone-ATS",
         "Le maire Bernard Lefranc coupe le ruban.", "Source : Keystone-ATS"},
        {"Le maire Bernard Lefranc coupe le ruban. Source\u202f: Keystone-ATS",
         "Le maire Bernard Lefranc coupe le ruban.", "Source : Keystone-ATS"},
        {"Les tailleurs de pierre au travail sur la troisième arche. Infographie : Paul Roux",
         "Les tailleurs de pierre au travail sur la troisième arche.", "Infographie : Paul Roux"},
        {"La giunta comunale davanti al ponte restaurato. Fonte : Comune di Valle",
         "La giunta comunale davanti al ponte restaurato.", "Fonte : Comune di Valle"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const Article a = parse_fr_caption(r.line);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        for (const Section& s : a.sections) {
            CHECK(s.heading != std::optional<std::string>(r.line));
        }
    }
    // near miss: a colon after a word that labels no credit, spaced or not, closes no caption
    const Article sentence = parse_fr_caption("Le maire a tenu à saluer les ouvriers. Bilan : trois mois d'avance");
    CHECK(sentence.media.empty());
}

TEST_CASE("a caption quoting the words a body quote quotes too counts the quote once, the body's",
          "[media92][caption][quotes]") {
    const Article de = parse(
        "Frauen des HC Lindwald starten mit Heimspiel in die neue Saison\n"
        "Nach dem Aufstieg trifft die Mannschaft am Samstag auf den TV Oberried.\n"
        "Von Jonas Reiter\n12.11.2026, 16:20 Uhr\n\n"
        "Die Spielerinnen beim Abschlusstraining in der Lindwalder Sporthalle. Foto: Lisa Brandt\n"
        "«Wir sind bereit», sagt Trainerin Eva Brunner. Foto: Lisa Brandt\n"
        "Kapitänin Mara Holl beim Wurftraining. Foto: Lisa Brandt\n\n"
        "Nach dem Aufstieg in die dritte Liga beginnt für die Frauen des HC Lindwald am Samstag das Abenteuer. "
        "Gegner ist der TV Oberried.\n\n"
        "Die Vorbereitung verlief ohne größere Verletzungen. «Wir sind bereit», sagt Trainerin Eva Brunner. Sie "
        "setzt vor allem auf die Abwehr.\n\nAnpfiff ist um 18 Uhr, Karten gibt es an der Abendkasse.\n");
    REQUIRE(de.media.size() == 3);
    CHECK(de.media[1].caption == std::optional<std::string>("«Wir sind bereit», sagt Trainerin Eva Brunner."));
    CHECK(de.media[1].credit == std::optional<std::string>("Foto: Lisa Brandt"));
    REQUIRE(de.quotes.size() == 1);
    CHECK(de.quotes[0].where == Where::body);
    CHECK(de.quotes[0].speaker == std::optional<std::string>("Eva Brunner"));

    const Article it = parse(
        "La Virtus Collerosa debutta in casa contro il Montebello\n"
        "Dopo la promozione, la squadra affronta sabato la prima giornata di campionato.\n"
        "Di Marco Bellini\n12 novembre 2026, 16:20\n\n"
        "Le giocatrici durante l'ultimo allenamento al palazzetto. Foto: Paolo Neri\n"
        "\"Siamo pronte\", dice l'allenatrice Giulia Sarti. Foto: Paolo Neri\n"
        "La capitana Elena Riva in battuta. Foto: Paolo Neri\n\n"
        "Dopo la promozione in serie B, la Virtus Collerosa debutta sabato contro il Montebello. La società ha "
        "ingaggiato tre nuove giocatrici.\n\n"
        "L'allenatrice si dice fiduciosa. \"Siamo pronte\", dice l'allenatrice Giulia Sarti, che punta sulla "
        "difesa.\n\nFischio d'inizio alle 20.30 al palazzetto comunale.\n");
    REQUIRE(it.quotes.size() == 1);
    CHECK(it.quotes[0].where == Where::body);

    // near miss: a caption's quote that the body does not print is the caption's, kept
    const Article own = parse(
        "Frauen des HC Lindwald starten mit Heimspiel in die neue Saison\n"
        "Nach dem Aufstieg trifft die Mannschaft am Samstag auf den TV Oberried.\n"
        "Von Jonas Reiter\n12.11.2026, 16:20 Uhr\n\n"
        "Nach dem Aufstieg in die dritte Liga beginnt für die Frauen des HC Lindwald am Samstag das Abenteuer. "
        "Gegner ist der TV Oberried.\n\n"
        "«Wir sind bereit», sagt Trainerin Eva Brunner. Foto: Lisa Brandt\n\n"
        "Die Vorbereitung verlief ohne größere Verletzungen. Die Trainerin setzt vor allem auf die Abwehr.\n\n"
        "Anpfiff ist um 18 Uhr, Karten gibt es an der Abendkasse.\n");
    REQUIRE(own.quotes.size() == 1);
    CHECK(own.quotes[0].where == Where::caption);
}

namespace {

std::string table_page(const std::string& rows_and_source) {
    return "Mieten in Kellbach steigen weiter\n"
           "Im dritten Quartal legten die Angebotsmieten erneut zu, vor allem in der Innenstadt.\n"
           "Von Sabine Krüger\n12.11.2026, 09:15 Uhr\n\n"
           "Die Mieten in Kellbach sind im dritten Quartal erneut gestiegen. Nach neuen Zahlen des Statistischen "
           "Amts lag die durchschnittliche Angebotsmiete bei 11,40 Euro pro Quadratmeter.\n\n" +
           rows_and_source +
           "\n\n„Der Druck auf den Wohnungsmarkt bleibt hoch“, sagte Stadtbaurat Tobias Lenz. Die Stadt will bis "
           "2030 rund 2.000 neue Wohnungen schaffen.\n\n"
           "Der Mieterverein fordert eine schnellere Umsetzung der Bauprojekte.\n";
}

} // namespace

TEST_CASE("a source's label under a table's rows of a label and one figure credits no picture",
          "[media92][credit][table]") {
    for (const char* rows : {
             "Durchschnittliche Angebotsmiete je Quadratmeter\nInnenstadt 13,80 Euro\nNordviertel 11,10 Euro\n"
             "Südstadt 10,60 Euro\nHafenviertel 12,20 Euro\nQuelle: Statistisches Amt Kellbach",
             "Average house price by district\nTown centre 312,000\nNorthfield 264,000\nRiverside 287,000\n"
             "Source: County Statistics Office",
             "Presenze negli alberghi\nCentro storico 184 mila\nLungolago 201 mila\nFonte: Istat",
         }) {
        INFO(rows);
        const Article a = parse(table_page(rows));
        CHECK(a.media.empty());
    }
    // near miss: a caption with a year, under a paragraph, over a source's label is a picture's caption still
    const Article pictured = parse(table_page("Blick auf den Hafen um 1925\nQuelle: Stadtarchiv Kellbach"));
    REQUIRE(pictured.media.size() == 1);
    CHECK(pictured.media[0].caption == std::optional<std::string>("Blick auf den Hafen um 1925"));
}

TEST_CASE("a plural picture label under the head picture's caption credits it, over the date line alone it signs",
          "[media92][credit][byline]") {
    struct Row {
        const char* head;
        const char* caption;
        const char* credit;
        const char* byline;
    };
    const std::vector<Row> rows = {
        {"Das Stadttheater Kellbach feiert sein hundertjähriges Bestehen\n"
         "Mit einem Festakt und einer Premiere beginnt am Wochenende das Jubiläumsjahr.",
         "Das Ensemble probt im großen Saal für die Premiere am Samstag.", "Fotos: Anna Keller, Urs Meier",
         "Von Miriam Roth\n12.11.2026, 18:40 Uhr"},
        {"Le théâtre municipal de Valmont fête ses cent ans\n"
         "Une soirée de gala et une création ouvrent l'année anniversaire ce week-end.",
         "La troupe répète dans la grande salle avant la première de samedi.", "Photos : Jeanne Morel, Paul Vidal",
         "Par Camille Roussel\nPublié le 12 novembre 2026 à 18h40"},
        {"Kessington Playhouse celebrates its centenary\n"
         "A gala evening and a new play open the anniversary year this weekend.",
         "The company rehearses in the main hall ahead of Saturday's premiere.", "Photos: Jane Roe, Sam Vale",
         "By Laura Bennett\nNovember 12, 2026 6:40 PM"},
    };
    const std::string body = "\n\nThe text opens here with a sentence long enough to be read as the article's first "
                             "paragraph by every rule.\n\nIt goes on with a second paragraph, which closes the "
                             "text of this invented page.\n";
    for (const Row& r : rows) {
        INFO(r.caption);
        const Article a = parse(std::string(r.head) + "\n" + r.caption + "\n" + r.credit + "\n" + r.byline + body);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        // the caption under the byline, the label over the date line
        const std::string byline(r.byline);
        const std::size_t cut = byline.find('\n');
        const Article under = parse(std::string(r.head) + "\n" + byline.substr(0, cut) + "\n" + r.caption + "\n" +
                                    r.credit + byline.substr(cut) + body);
        REQUIRE(under.media.size() == 1);
        CHECK(under.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(under.media[0].credit == std::optional<std::string>(r.credit));
        // near miss: the label right under the standfirst, over the date line, is the photographers' byline
        const Article signed_ = parse(std::string(r.head) + "\n" + r.credit + "\n" + r.byline + body);
        CHECK(signed_.media.empty());
    }
}

TEST_CASE("a credit's label closed by a colon is listed with a space before the colon too", "[media92][lexicon]") {
    const auto sections = parse_lexicon("[credit_prefixes]\nSource:\nPhoto :\nQuelle:\nphoto by\n"
                                        "[colon_label_words]\nsource:\n");
    REQUIRE(sections.size() == 2);
    // the spaced twins follow the file's entries; one listed already is not listed twice, and a label without a
    // colon has none
    CHECK(sections[0].entries ==
          std::vector<std::string>{"source:", "photo :", "quelle:", "photo by", "source :", "quelle :"});
    // near miss: the other sections are read as written
    CHECK(sections[1].entries == std::vector<std::string>{"source:"});
}
