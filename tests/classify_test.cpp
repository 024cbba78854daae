// Table-driven tests of the classify heuristics: one row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <initializer_list>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

namespace {
Block block_of(const std::string& line) {
    auto blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks[0];
}
} // namespace

using archive::test::headings_of;
using archive::test::paragraphs_of;

TEST_CASE("a short word glued to an opening quote mark is a kicker", "[classify][kicker]") {
    struct Row {
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"Conflit«Vous faites à Mossoul ce que nous faisons à Alep»", "Conflit", "«Vous faites à Mossoul ce que nous faisons à Alep»"},
        {"Santé«Les urgences sont saturées»", "Santé", "«Les urgences sont saturées»"},
        {"Energie„Wir brauchen mehr Leitungen“", "Energie", "„Wir brauchen mehr Leitungen“"},
        {"Brexit\"We will not pay a penny more\"", "Brexit", "\"We will not pay a penny more\""},
        {"Calcio Serie A«Una vittoria meritata»", "Calcio Serie A", "«Una vittoria meritata»"},
    };
    for (const auto& r : rows) {
        auto split = split_glued_kicker(r.line);
        INFO(r.line);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    // Not kickers: a space before the mark, a lower-case start, a sentence.
    for (const char* line : {"Conflit «Vous faites à Mossoul»", "selon lui«rien ne change»",
                             "Le gouvernement a dit hier«non»"}) {
        INFO(line);
        CHECK_FALSE(split_glued_kicker(line));
    }
}

TEST_CASE("a block's credit line is judged as its text is", "[classify][credit]") {
    // is_credit_line(const Block&) reads the block's lowered line; it must answer as the text's version does.
    for (const char* line :
         {"Photo: Jane Roe", "(Photo: Harbour Weekly)", "Getty Images", "KEYSTONE/Anna Muster", "Bild: Hersteller",
          "Foto von Lukas Berger", "(Foto: Hafenblatt)", "Photo de Claire Martin / AFP", "Crédit photo : Élise Roux",
          "Foto: Ana García/EFE", "Fuente: Archivo del Puerto", "ÉCLAIRAGE", "Photo by photo, the parade unfolds:",
          "photo de la jetée avec une pose plus longue et un ciel très clair.", "Die Fähre legt um acht Uhr an.",
          "Le port ouvre ses portes samedi.", "El puerto abre el sábado por la mañana.", "Harbour News",
          "(Quelle: Statistisches Landesamt)", "Über den Hafen"}) {
        INFO(line);
        CHECK(is_credit_line(block_of(line)) == is_credit_line(line));
    }
    // Lines the text's version takes as credits and refuses, so that the comparison above covers both answers.
    CHECK(is_credit_line(block_of("(Foto: Hafenblatt)")));
    CHECK(is_credit_line(block_of("Photo de Claire Martin / AFP")));
    CHECK_FALSE(is_credit_line(block_of("Le port ouvre ses portes samedi.")));
    CHECK_FALSE(is_credit_line(block_of("El puerto abre el sábado por la mañana.")));
}

TEST_CASE("a glued kicker is read through ASCII and other letters alike", "[classify][kicker]") {
    // ASCII words are read a byte at a time, others decoded: both must end at the same marks.
    auto split = split_glued_kicker("Hafen-Ausbau\"Wir bauen weiter am Kai\"");
    REQUIRE(split);
    CHECK(split->first == "Hafen-Ausbau");
    split = split_glued_kicker("L'Éclairage«Le port restera ouvert tout l'été»");
    REQUIRE(split);
    CHECK(split->first == "L'Éclairage");
    // A digit or a comma before the mark is no kicker's word; nor are four words.
    for (const char* line : {"Port 2024«Les ferries reviennent en mai»", "Hafen, Kai„Wir bauen weiter am Kai“",
                             "Uno dos tres cuatro«El puerto abre el sábado»"}) {
        INFO(line);
        CHECK_FALSE(split_glued_kicker(line));
    }
}

TEST_CASE("a closing line of agency ids in parentheses is a source tag", "[classify][agency]") {
    struct Row {
        const char* line;
        std::vector<std::string> agencies;
    };
    const Row rows[] = {
        {"(ats)", {"ats"}},
        {"(ATS)", {"ats"}},
        {"(ats/afp)", {"ats", "afp"}},
        {"(sda/dpa)", {"sda", "dpa"}},
        {"(jbm/ats)", {"ats"}},
        {"(AFP)", {"afp"}},
        {"(Reuters)", {"reuters"}},
        {"(dpa)", {"dpa"}},
        {"(ANSA)", {"ansa"}},
        {"(EFE)", {"efe"}},
        {"Keystone-ATS", {"ats"}},
        {"Le Monde avec AFP", {"afp"}},
        {"— AFP", {"afp"}},
        {"Fuente: EFE", {"efe"}},
        {"Quelle: dpa/sda", {"dpa", "sda"}},
        {"| Redacción digital: EFE", {"efe"}},
        {"Source : AFP", {"afp"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto tag = agency_tag(r.line);
        REQUIRE(tag);
        CHECK(*tag == r.agencies);
    }
    // Words that are agency ids elsewhere stay words; unknown parentheses are not tags.
    for (const char* line : {"(photo)", "(humanitaires)", "ap", "si", "(voir encadré)", "Lire aussi avec nous",
                             "(Fortsetzung folgt)"}) {
        INFO(line);
        CHECK_FALSE(agency_tag(line));
    }
}

TEST_CASE("a labelled agency line credits the text, a labelled photo agency the picture", "[classify][agency]") {
    CHECK(labelled_agency("Fuente: EFE") == std::vector<std::string>{"efe"});
    CHECK(labelled_agency("Agenzia: ANSA") == std::vector<std::string>{"ansa"});
    CHECK(labelled_agency("Quelle: dpa") == std::vector<std::string>{"dpa"});
    for (const char* line : {"Foto: EFE", "Bild: Keystone-SDA", "Photo : AFP", "Fuente: la policía local",
                             "Lire aussi: AFP et Reuters", "Le ministre a dit: AFP"}) {
        INFO(line);
        CHECK_FALSE(labelled_agency(line));
    }
}

TEST_CASE("an agency printed with the date line is the source tag", "[classify][agency]") {
    const char* page = R"(Accueil
Monde
Un troisième pont sera construit sur le fleuve
AFP 12 mars 2021 à 09:15 (Mis à jour : 12 mars 2021 à 10:02)
Les travaux du nouveau pont commenceront au printemps prochain, a annoncé jeudi la préfecture de la région.
Le chantier doit durer quatre ans et mobilisera près de trois cents ouvriers sur les deux rives du fleuve.
Les riverains ont été invités à une réunion publique le mois prochain pour découvrir le projet en détail.
)";
    archive::Article a = archive::parse(page, "page.txt");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "AFP");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"afp"});
    CHECK(a.published == "2021-03-12T09:15");
    CHECK(a.authors.empty());
}

TEST_CASE("a dateline with an agency opens a wire story", "[classify][dateline]") {
    struct Row {
        const char* paragraph;
        const char* raw;
        const char* place;
        const char* agency;
    };
    const Row rows[] = {
        {"PARIS (Reuters) - France's parliament voted on Tuesday.", "PARIS (Reuters) -", "PARIS", "reuters"},
        {"Berlin (dpa) - Die Regierung hat am Montag beschlossen.", "Berlin (dpa) -", "Berlin", "dpa"},
        {"WASHINGTON (AP) — The Senate passed the bill.", "WASHINGTON (AP) —", "WASHINGTON", "ap"},
        {"Genève (AFP) - Les négociations ont repris.", "Genève (AFP) -", "Genève", "afp"},
        // the country in parentheses after the place, then the agency's; Lusa, the Portuguese agency
        {"Salta (Argentina), 9 feb (EFE).- El gobierno provincial cerró el paso fronterizo.",
         "Salta (Argentina), 9 feb (EFE).-", "Salta (Argentina)", "efe"},
        {"Évora (Portugal), 4 nov 2024 (Lusa) – A câmara aprovou o orçamento da cidade.",
         "Évora (Portugal), 4 nov 2024 (Lusa) –", "Évora (Portugal)", "lusa"},
        {"Coimbra, 2 fev 2025 (Lusa) - O hospital abriu uma nova ala de pediatria.", "Coimbra, 2 fev 2025 (Lusa) -",
         "Coimbra", "lusa"},
        {"Lyon (France), 3 mars (AFP) - Le tribunal a rendu son jugement.", "Lyon (France), 3 mars (AFP) -",
         "Lyon (France)", "afp"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->raw == r.raw);
        CHECK(d->place == r.place);
        CHECK(d->agencies == std::vector<std::string>{r.agency});
    }
    CHECK_FALSE(dateline_tag("The minister (a former banker) - who spoke last - said no."));
    CHECK_FALSE(dateline_tag("Le ministre (ats) a parlé hier."));
    // The country in parentheses with no agency's after it is no dateline.
    CHECK_FALSE(dateline_tag("Salta (Argentina), la ciudad del norte, cerró el paso fronterizo ayer (martes)."));
    CHECK_FALSE(dateline_tag("O presidente (Lusa) falou ontem."));
}

TEST_CASE("photo credits are recognised in many conventions", "[classify][credit]") {
    for (const char* line : {"Archives, Reuters", "Photo: Keystone", "(Bild: Hersteller)", "Getty Images",
                             "AFP PHOTO / John Doe", "Bild: Keystone", "Foto: dpa", "KEYSTONE/Peter Klaunzer",
                             "© Keystone", "Crédit photo: Marc Durand", "Foto: Ti-Press", "EFE/Juan Pérez",
                             "Fot. Jan Kowalski / Agencja Portowa",
                             "Courtesy of the River Trust", "Mit freundlicher Genehmigung des Verlags",
                             "Photo by Jane Doe/Harbour Weekly", "Foto von Anna Muster", "Photo de Jean Dupont"}) {
        INFO(line);
        CHECK(is_credit_line(line));
    }
    for (const char* line : {"Le ministre a parlé à Berne.", "Raids aériens", "Home", "Weitere Informationen",
                             "Reuters reported that the talks failed on Monday night after hours."}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(line));
    }
    auto split = split_trailing_credit("Le président à Berne. (Photo: Keystone)");
    REQUIRE(split);
    CHECK(split->first == "Le président à Berne.");
    CHECK(split->second == "(Photo: Keystone)");
    auto source = split_trailing_credit("Die Jugendverbände am neuen Kai. (Bildquelle: Hafenverein)");
    REQUIRE(source);
    CHECK(source->second == "(Bildquelle: Hafenverein)");
    CHECK(split_trailing_credit("El puerto reabre sus muelles. (Fuente: Autoridad Portuaria)"));
    auto agencies = split_trailing_credit("The mayor waves at the new pier on Monday. (Jane Doe/AFP/Getty Images)");
    REQUIRE(agencies);
    CHECK(agencies->second == "(Jane Doe/AFP/Getty Images)");
    CHECK(split_trailing_credit("Le maire sur le nouveau quai. (Jean Dupont/Reuters)"));
    // The credit glued to the caption's full stop; an abbreviation's stop is no end of a caption.
    auto glued = split_trailing_credit("The new pier seen from the lighthouse at dawn.Photograph: Jane Roe");
    REQUIRE(glued);
    CHECK(glued->first == "The new pier seen from the lighthouse at dawn.");
    CHECK(glued->second == "Photograph: Jane Roe");
    auto glued_de = split_trailing_credit("Der neue Kai am Morgen nach dem Sturm.Foto: Anna Muster");
    REQUIRE(glued_de);
    CHECK(glued_de->second == "Foto: Anna Muster");
    CHECK_FALSE(split_trailing_credit("The ferry company moved its office to the U.S.Foto is its new name."));
    // A label saying the picture stands for the story closes its caption, before or after the full stop.
    struct Labelled {
        const char* line;
        const char* caption;
        const char* label;
    };
    for (const Labelled& r : {Labelled{"Wer die Sperre am Kai gebaut hat, ist unklar (Symbolbild).",
                                       "Wer die Sperre am Kai gebaut hat, ist unklar.", "(Symbolbild)"},
                              Labelled{"The eastern pier after the winter storm. (File photo)",
                                       "The eastern pier after the winter storm.", "(File photo)"},
                              Labelled{"Un ferry quitte le quai de Lorval (photo d'illustration).",
                                       "Un ferry quitte le quai de Lorval.", "(photo d'illustration)"},
                              Labelled{"El muelle de Valdora durante la tormenta (Foto de archivo)",
                                       "El muelle de Valdora durante la tormenta", "(Foto de archivo)"}}) {
        INFO(r.line);
        auto labelled = split_trailing_credit(r.line);
        REQUIRE(labelled);
        CHECK(labelled->first == r.caption);
        CHECK(labelled->second == r.label);
    }
    CHECK_FALSE(split_trailing_credit("Der Rat hat den Kredit für den Kai bewilligt (Symbolbild einer Fähre)."));
    CHECK_FALSE(split_trailing_credit("The council met on Monday (the first time since May)."));
    CHECK_FALSE(split_trailing_credit("The vote was close (12/7) on Monday night (Harbour/City)"));
    // A credit prefix opening a sentence that announces what follows with its colon is no credit.
    for (const char* line : {"Die schönsten Fotos von der Regatta am Seeufer gibt es hier:",
                             "All the photos by our readers from the lantern parade are below:",
                             "Toutes les photos de la fête du quai sont à voir ici :"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
    CHECK_FALSE(is_credit_line("Fotos von der Regatta am Seeufer gibt es hier:"));
    CHECK_FALSE(is_credit_line("Photo by photo, the lantern parade unfolds:"));
}

TEST_CASE("a sentence holding a credit's words is no credit: the prefix ends a word, and no prose follows it",
          "[classify][credit]") {
    // A sentence of the article with "photo de", "foto de", "photo by", "Foto von", "source:" or "Quelle:" in it
    // stays one paragraph.
    const struct {
        const char* lang;
        const char* sentence;
    } prose[] = {
        {"fr", "J'ai attendu le dernier bateau, puis j'ai pris la seconde photo depuis le bout de la jetée."},
        {"fr", "J'ai attendu le dernier bateau, puis j'ai pris une photo de la jetée avec une pose plus longue."},
        {"es", "Esperé a que entrara el último barco y tomé la segunda foto desde el final del espigón."},
        {"es", "Esperé a que entrara el último barco y tomé una foto de las barcas con una exposición larga."},
        {"en", "I waited for the last boat to come in and then took a photo by the light of the lanterns."},
        {"de", "Ich wartete auf das letzte Boot und machte ein Foto von der Mole mit einer längeren Belichtung."},
        {"en", "The council has not named its source: a memo that was sent to the harbour board last week."},
        {"fr", "Le bilan donne une image: les ferries partent désormais à l'heure depuis la fin des travaux."},
        {"es", "El informe cita una fuente: un documento interno de la autoridad portuaria enviado en marzo."},
        {"de", "Wir haben mit dem Hafenmeister gesprochen, seine Quelle: ein Bericht der Küstenwache vom März."},
    };
    for (const auto& r : prose) {
        INFO(r.sentence);
        CHECK_FALSE(split_trailing_credit(r.sentence));
        std::string page = std::string("Harbour Notes\nLanterns on the quay\n") +
                           "The lanterns of the old fishing boats were lit one after the other along the quay.\n" +
                           r.sentence + "\n" +
                           "The harbour master said the lanterns are lit only twice a year, at the spring tide.\n";
        Article a = classify(segment(page), r.lang);
        CHECK(a.media.empty());
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.sentence) != paragraphs.end());
    }
    // The credits they resemble, at the start of a line or after a caption.
    for (const char* line : {"Photo de la Ville de Lorval", "Foto de Ana Pérez/EFE", "Photos by Jane Roe and John Poe",
                             "Foto von Anna Muster/Hafenblatt", "©Harbourstock", "Photo courtesy of the artist",
                             "Photo: Jane Roe for The Harbour Weekly.",
                             "Quelle: Statistisches Landesamt, eigene Zählung.", "Foto: privat / zur Verfügung gestellt."}) {
        INFO(line);
        CHECK(is_credit_line(line));
    }
    auto after = split_trailing_credit("Les lanternes du quai au soir de la grande marée photo de Jean Dupont");
    REQUIRE(after);
    CHECK(after->second == "photo de Jean Dupont");
}

TEST_CASE("a block's words find the credit prefixes its line's spaces find", "[classify][credit]") {
    // The block's split_trailing_credit() reads its words for a prefix, the line's reads its spaces: the same answer,
    // with a prefix after a space ("Foto:", "Photo by", "avec l'aimable autorisation"), glued to a stop, or none
    // ("mit" and "avec" open prefixes and are common words).
    struct Row {
        const char* line;
        bool split;
    };
    for (const Row& r : {Row{"Der neue Steg von Valdora am Morgen Foto: Anna Muster", true},
                         Row{"The lantern parade crosses the old bridge Photo by Jane Roe", true},
                         Row{"Le nouveau phare de Lorval au matin Crédit photo: Jean Dupont", true},
                         Row{"Die Fähre legt am Abend mit zwei Stunden Verspätung ab", false},
                         Row{"Le bateau part avec deux heures de retard ce soir-là", false},
                         Row{"The pier reopens on Monday after the winter repairs", false},
                         Row{"Les photos du port sont à voir dans notre galerie du soir", false}}) {
        INFO(r.line);
        const Block b = block_of(r.line);
        auto by_words = split_trailing_credit(b);
        auto by_spaces = split_trailing_credit(std::string_view(b.text));
        CHECK(by_words.has_value() == r.split);
        CHECK(by_words == by_spaces);
    }
}

TEST_CASE("bylines give author names in several languages", "[classify][byline]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Par Jean Dupont", "fr", {"Jean Dupont"}},
        {"Par Lucien Ferrand (avec Odile Marchal)", "fr", {"Lucien Ferrand", "Odile Marchal"}},
        {"By Jane Doe and John Roe", "en", {"Jane Doe", "John Roe"}},
        {"By Paul Erik Lindqvist, Senior Staff Engineer", "en", {"Paul Erik Lindqvist"}},
        {"Von Anna Muster", "de", {"Anna Muster"}},
        {"Von Peter Meier und Sandra Keller", "de", {"Peter Meier", "Sandra Keller"}},
        {"di Marco Bianchi", "it", {"Marco Bianchi"}},
        {"Por Lucía Gómez", "es", {"Lucía Gómez"}},
        {"By: Sam Lee", "en", {"Sam Lee"}},
        {"By Amelia Stone Feb 8, 2020 5 min read", "en", {"Amelia Stone"}},
        {"By Theresa May", "en", {"Theresa May"}},
        {"Von Anna Muster 12. März 2021, 14:05 Uhr", "de", {"Anna Muster"}},
        {"Par Jean Dupont le 3 mars 2022", "fr", {"Jean Dupont"}},
        {"Por Lucía Gómez | 4 de mayo de 2021", "es", {"Lucía Gómez"}},
        // "an article by" and its kind open a byline as "by" does.
        {"Ein Artikel von Lena Brandt | 03.03.2015 - 16:12", "de", {"Lena Brandt"}},
        {"Ein Beitrag von Max Beispiel", "de", {"Max Beispiel"}},
        {"An article by Jane Roe", "en", {"Jane Roe"}},
        {"Un article de Jeanne Morel", "fr", {"Jeanne Morel"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto a = byline_authors(r.line, r.lang);
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
    for (const char* line : {"Par ailleurs, le conseil a décidé de reporter le vote.", "By the way",
                             "Von Montag an gilt die neue Regel.", "Por favor, acepte las cookies.",
                             "Von Stadtplänen, Bau-Politik und «ganz gewöhnlichen Straßen»",
                             "Par Monts et Vallées", "By Design", "Ein Artikel von gestern über den Hafen.",
                             "Un article de presse sur le port a été publié hier."}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a byline's job titles, after the name or before it, name nobody", "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        // A comma list with a joiner: the pieces after the name holding a job title's word end the names.
        {"By Paula Quist, Senior Staff Technologist, Harbour Speech, Tides, and Ferry Project", {"Paula Quist"}},
        {"Von Lena Brandt, Leitende Redakteurin, und Max Beispiel", {"Lena Brandt"}},
        {"Par Jeanne Morel, Rédactrice Culture, et Paul Vidal", {"Jeanne Morel"}},
        {"Por Lucía Gómez, Corresponsal Europa, y Ana Ruiz", {"Lucía Gómez"}},
        {"Di Marco Bianchi, Corrispondente Esteri, e Luca Neri", {"Marco Bianchi"}},
        // A job title before the name.
        {"Autor: Rechtsanwalt Tobias Wendler", {"Tobias Wendler"}},
        {"By Attorney Dana Whitlock", {"Dana Whitlock"}},
        {"Texte : Avocate Claire Duval", {"Claire Duval"}},
        {"Por Abogado Julián Prieto", {"Julián Prieto"}},
        {"Di Avvocato Luca Neri", {"Luca Neri"}},
        // A label's colon closing the name.
        {"Autor Tobias Wendler:", {"Tobias Wendler"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
}

TEST_CASE("a byline word glued to the name gives the name; a name glued by its particle stays a name",
          "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"ByK.L. Marsh", {"K.L. Marsh"}},
        {"ByJane Roe", {"Jane Roe"}},
        {"Veröffentlicht vonTobias Wendler 3. März 2016", {"Tobias Wendler"}},
        {"Geschrieben vonAnna Muster", {"Anna Muster"}},
        {"ParJeanne Morel", {"Jeanne Morel"}},
        {"PorLucía Gómez", {"Lucía Gómez"}},
        {"diMarco Bianchi", {"Marco Bianchi"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
    for (const char* line :
         {"DiCaprio Harbour Fund", "VonDerHeide Kai Brandt", "Bylines Of Note", "ByteWorks Harbour"}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a byline's e-mail address or handle after the name is no part of it", "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Por Ana Ruiz aruiz@diario.example", {"Ana Ruiz"}},
        {"By Jane Roe @janeroe", {"Jane Roe"}},
        {"Von Anna Muster anna.muster@hafenblatt.example", {"Anna Muster"}},
        {"Par Jeanne Morel jmorel@port.example", {"Jeanne Morel"}},
        {"Di Marco Bianchi @marcobianchi", {"Marco Bianchi"}},
        {"By Jane Roe@JaneRoeWrites", {"Jane Roe"}},
        {"Texte : Jeanne Morel@JeanneMorel", {"Jeanne Morel"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
}

TEST_CASE("a byline may open with the word for author, of either gender or in the plural", "[classify][byline]") {
    struct Row {
        const char* line;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Autorin: Anna Muster", {"Anna Muster"}},
        {"Autoren Tobias Wendler und Anna Muster", {"Tobias Wendler", "Anna Muster"}},
        {"Authors: Jane Roe and John Doe", {"Jane Roe", "John Doe"}},
        {"Auteure : Jeanne Morel", {"Jeanne Morel"}},
        {"Autora: Lucía Gómez", {"Lucía Gómez"}},
        {"Autore: Marco Bianchi", {"Marco Bianchi"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
    for (const char* line : {"Autorin Anna Muster liest am Freitag im Hafenkino.", "Authors Guild statement"}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
}

TEST_CASE("a title in English title case holding a credit's word is no credit, and the text over it no caption",
          "[classify][credit]") {
    for (const char* title : {"From The Archive", "Inside The Photo Archive", "A Reuters Poll Shows A Lead",
                              "Getty Images And The Museum", "PHOTO OF THE DAY"}) {
        INFO(title);
        CHECK_FALSE(is_credit_line(title));
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") +
                                 "The lanterns of the old fishing boats were lit one after the other along the quay.\n" +
                                 "The harbour master said the lanterns are lit only twice a year, at the spring tide.\n" +
                                 title + "\n" +
                                 "The council will vote on the final bill in the spring, when the timetable begins.\n" +
                                 "The keepers will open the old lighthouse to visitors on the first weekend of summer.\n";
        Article a = classify(segment(page), "en");
        CHECK(a.media.empty());
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(),
                        "The harbour master said the lanterns are lit only twice a year, at the spring tide.") !=
              paragraphs.end());
    }
    for (const char* credit : {"Archives, Reuters", "Jane Roe / Getty Images", "AFP PHOTO / John Doe"}) {
        INFO(credit);
        CHECK(is_credit_line(credit));
    }
}

TEST_CASE("the day a byline prints is the article's date", "[classify][byline][dates]") {
    struct Row {
        const char* byline;
        const char* published;
    };
    const Row rows[] = {
        {"Von Lena Brandt 14. Oktober 2021 08:10 Uhr", "2021-10-14T08:10"},
        {"Written by Jane Roe, PhD on April 29, 2018", "2018-04-29"},
        {"Par Odile Marchal le 7 mai 2020", "2020-05-07"},
        {"Por Lucía Gómez | 23/05/2022 20:36", "2022-05-23T20:36"},
        {"di Marco Bianchi 12 marzo 2019", "2019-03-12"},
    };
    for (const auto& r : rows) {
        INFO(r.byline);
        const std::string page = std::string("Home\nThe harbour gets a second ferry before the summer\n") + r.byline +
                                 "\nThe new ferry will cross the bay every hour from June on, the harbour office said on "
                                 "Monday.\nIt carries forty cars and three hundred people, twice as many as the old "
                                 "one.\nThe crossing takes twenty minutes, and tickets keep their price this year.\n";
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
        CHECK_FALSE(a.authors.empty());
    }
}

TEST_CASE("a labelled publication day earlier than an unlabelled date over it is the article's",
          "[classify][dates]") {
    struct Row {
        const char* first;
        const char* second;
        const char* published;
    };
    const Row rows[] = {
        // The unlabelled date is a revision's: the labelled earlier day is the publication's.
        {"Hafenblatt — 22.03.24 09:51", "Veröffentlicht am 26.02.2024", "2024-02-26"},
        {"11 mars 2024", "Publié le 4 mars 2024", "2024-03-04"},
        {"May 20, 2023 10:15", "Published on May 2, 2023", "2023-05-02"},
        {"15/06/2022", "Publicado el 9 de junio de 2022", "2022-06-09"},
        {"21 ottobre 2021", "Pubblicato il 19 ottobre 2021", "2021-10-19"},
        // A labelled later day is an embedded post's more often than the article's.
        {"4 April 2023", "Posted on April 7, 2023", "2023-04-04"},
    };
    for (const auto& r : rows) {
        INFO(r.first << " / " << r.second);
        const std::string page = std::string("Home\nThe harbour gets a second ferry before the summer\n") + r.first +
                                 "\n" + r.second +
                                 "\nThe new ferry will cross the bay every hour from June on, the harbour office said on "
                                 "Monday.\nIt carries forty cars and three hundred people, twice as many as the old "
                                 "one.\nThe crossing takes twenty minutes, and tickets keep their price this year.\n";
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a post's line of facts gives the post's date", "[classify][dates]") {
    struct Row {
        const char* facts;
        const char* published;
    };
    const Row rows[] = {
        {"Veröffentlicht: 14.02.2021 | Autor: hafenfan | Abgelegt unter: Fotografie, Reisen | 3 Kommentare",
         "2021-02-14"},
        {"March 9, 2022 at 07:15 AM | categories: Boats, Weather | View Comments", "2022-03-09T07:15"},
        {"Publié le 2 juin 2020 • Rubrique : Mer, Ports • 5 commentaires", "2020-06-02"},
        {"8. Mai 2019 von Lena in Alltag, Hafen, Reisen", "2019-05-08"},
        {"12 settembre 2018 di Marco in Viaggi, Mare", "2018-09-12"},
        {"4 de abril de 2017 por Lucía en Viajes, Puertos", "2017-04-04"},
    };
    for (const auto& r : rows) {
        INFO(r.facts);
        const std::string page = std::string("Home\nThe harbour gets a second ferry before the summer\n") + r.facts +
                                 "\nThe new ferry will cross the bay every hour from June on, the harbour office said on "
                                 "Monday.\nIt carries forty cars and three hundred people, twice as many as the old "
                                 "one.\nThe crossing takes twenty minutes, and tickets keep their price this year.\n";
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
    // Its facts may give both days.
    const std::string page = "Home\nThe harbour gets a second ferry before the summer\nHafenblatt | 11.09.2016 à 07h52 "
                             "• Mis à jour le 12.09.2016 à 18h04 | Par Jeanne Morel et Odile Marchal\nThe new ferry will "
                             "cross the bay every hour from June on, the harbour office said on Monday.\nIt carries forty "
                             "cars and three hundred people, twice as many as the old one.\n";
    archive::Article a = archive::parse(page, "page.txt");
    CHECK(a.published.value_or("") == "2016-09-11T07:52");
    CHECK(a.updated.value_or("") == "2016-09-12T18:04");
}

TEST_CASE("the page's dates that read one way only tell how its date line is read", "[classify][dates]") {
    struct Row {
        const char* date_line;
        const char* later;
        const char* published;
    };
    const Row rows[] = {
        {"12/04/2020 by Kay", "Comment by Sam on 16/04/2020 at 9:12 pm", "2020-04-12"},
        {"05/03/2021 by Kay", "Reply posted 03/25/2021", "2021-05-03"},
        {"07/02/2019 by Kay", "Reply posted 19/02/2019 and 02/21/2019", "2019-07-02"}, // (both ways: the language's)
    };
    for (const auto& r : rows) {
        INFO(r.date_line);
        const std::string page = std::string("Home\nThe harbour gets a second ferry before the summer\n") +
                                 r.date_line +
                                 "\nThe new ferry will cross the bay every hour from June on, the harbour office said on "
                                 "Monday.\nIt carries forty cars and three hundred people, twice as many as the old "
                                 "one.\nThe crossing takes twenty minutes, and tickets keep their price this year.\n" +
                                 r.later + "\n";
        archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a sentence opened by a byline word and a name, then a clause after a comma, is no byline",
          "[classify][byline]") {
    for (const char* line : {"Par Jean Dupont, nous avons appris la fermeture du quai.",
                             "Von Anna Muster, der Hafenmeisterin, stammt die Idee zu den Laternen.",
                             "Por Ana Pérez, la portavoz del puerto, supimos que el muelle cerraba.",
                             "By Jane Roe, the harbour's first female pilot, the ferry was brought in safely."}) {
        INFO(line);
        CHECK_FALSE(byline_authors(line, ""));
    }
    // A job title after the comma, with or without a stop, and a short one with a stop, still close a byline.
    const struct {
        const char* line;
        const char* author;
    } bylines[] = {
        {"Par Jean Dupont, envoyé spécial à Berlin", "Jean Dupont"},
        {"Von Anna Muster, Korrespondentin in Paris.", "Anna Muster"},
        {"By Jane Roe, Senior Writer at Harbour Weekly", "Jane Roe"},
    };
    for (const auto& r : bylines) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == std::vector<std::string>{r.author});
    }
    // Between two paragraphs, the sentence stays one of them and names no author.
    const char* page = R"(Notes du port
Les lanternes du quai
Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai, le soir.
Par Jean Dupont, nous avons appris la fermeture du quai.
Le capitaine du port a dit que les lanternes ne sont allumées que deux fois par an, à la grande marée et pour la fête.
Le conseil votera le budget au printemps, quand les horaires d'été commenceront de nouveau.
)";
    Article a = classify(segment(page), "fr");
    CHECK(a.authors.empty());
    const auto paragraphs = test::paragraphs_of(a);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "Par Jean Dupont, nous avons appris la fermeture du quai.") !=
          paragraphs.end());
}

TEST_CASE("block quality follows jusText's context-free classes", "[classify][quality]") {
    struct Row {
        const char* line;
        Quality quality;
    };
    const Row rows[] = {
        {"L'armée irakienne a lancé il y a plus d'une semaine une large offensive pour reprendre la ville, "
         "soutenue par la coalition qui a mené lundi une vague de raids.", Quality::good},
        {"Die Gemeinde hat am Montag beschlossen, die Schule zu renovieren, und der Rat stimmte dem Kredit "
         "mit grosser Mehrheit zu.", Quality::good},
        {"The council voted on Monday to renovate the school, and the mayor said the work would start in the "
         "spring of next year.", Quality::good},
        // Languages with few function words (no articles) need fuller stopword lists.
        {"Według danych urzędu stopa bezrobocia mierzona jako odsetek osób bez pracy wyniosła w marcu ponad "
         "pięć procent, natomiast rok wcześniej była niższa.", Quality::good},
        {"Volgens de gemeente kan de brug pas na de zomer weer open, omdat de werken tegen alle verwachtingen "
         "in langer duren dan gepland.", Quality::good},
        {"Según el ayuntamiento, el puente no podrá reabrirse hasta después del verano, porque las obras "
         "durarán todavía algunos meses.", Quality::good},
        // No spaces between words: ideographs and full-width punctuation count.
        {"今天上午，市政府宣布将在明年春天重新开放老城区的图书馆，并为居民提供更多的阅读空间和免费课程。", Quality::good},
        {"首页", Quality::short_},
        // A blog written one clause a line, spaces for commas: the particles of prose, not the brackets of a title.
        {"我們今天早上從台北出發 一路上天氣都很好 到了山上才開始下雨", Quality::near_good},
        {"【台北美食】老街上的牛肉麵店推薦給大家參考看看喔", Quality::bad},
        {"新竹尖石鄉美樹營地楓紅季節攝影旅遊景點推薦", Quality::bad},
        // A language without a word list: long punctuated prose in lower-case words.
        {"Městská rada ve čtvrtek schválila rozpočet na opravu školy a práce by měly začít na jaře příštího roku, "
         "uvedl starosta, podle kterého se na stavbu těší celá obec.", Quality::good},
        {"Home", Quality::short_},
        {"Raids aériens", Quality::short_},
        {"Facebook | Twitter | WhatsApp | Email | Copy link", Quality::bad},
        {"Partager sur Facebook", Quality::bad},
        {"E-Mail-Adresse *", Quality::bad},
        {"Name *", Quality::bad},
        {"© 2025 Example Media. All rights reserved.", Quality::bad},
        {"www.example.com/news/2025/03/story.html www.example.com/a.jpg", Quality::bad},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_quality(block_of(r.line), "") == r.quality);
    }
}

TEST_CASE("somebody's words quoted in English on a page in another language are rated with English stopwords too",
          "[classify][quality]") {
    struct Row {
        const char* lang;
        const char* line;
    };
    const char* quote = "\u201EThe ferries are back on the eastern pier, and we are very happy that the summer can "
                        "finally begin for all of the islanders who have waited so long for them.\u201C";
    const Row rows[] = {
        {"de", quote},
        {"fr", "\u00AB The ferries are back on the eastern pier, and we are very happy that the summer can finally "
               "begin for all of the islanders who have waited so long. \u00BB"},
        {"es", "\u201CThe ferries are back on the eastern pier, and we are very happy that the summer can finally "
               "begin for all of the islanders who have waited so long.\u201D"},
        {"it", "\"The ferries are back on the eastern pier, and we are very happy that the summer can finally begin "
               "for all of the islanders who have waited so long.\""},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(textual(block_quality(block_of(r.line), r.lang)));
    }
    // Unquoted, the same words on a German page are rated by German stopwords alone (an English menu's or notice's
    // sentence is no text of a German article).
    const std::string unquoted = "The ferries are back on the eastern pier, and we are very happy that the summer can "
                                 "finally begin for all of the islanders who have waited so long for them.";
    CHECK_FALSE(textual(block_quality(block_of(unquoted), "de")));
}

TEST_CASE("a run of near-good blocks is text, a lone one takes its neighbours' class", "[classify][quality]") {
    using Q = Quality;
    std::vector<Quality> run = {Q::bad, Q::near_good, Q::near_good, Q::near_good, Q::near_good, Q::bad};
    resolve_context(run);
    CHECK(run == std::vector<Quality>{Q::bad, Q::good, Q::good, Q::good, Q::good, Q::bad});
    std::vector<Quality> lone = {Q::bad, Q::near_good, Q::near_good, Q::bad, Q::near_good, Q::good};
    resolve_context(lone);
    CHECK(lone == std::vector<Quality>{Q::bad, Q::bad, Q::bad, Q::bad, Q::good, Q::good});
}

TEST_CASE("headings and headlines have the shape of titles", "[classify][heading]") {
    for (const char* line : {"Raids aériens", "Réunion à Paris", "Kritik aus der Opposition", "What comes next",
                             "Le reazioni", "Un puerto en crisis"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
    for (const char* line : {"Il a parlé.", "Weiterlesen:", "Facebook | Twitter", "newsletter"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
    CHECK(headline_like(block_of("The App Is Watching Me Even Though I’m Not Using It")));
    CHECK(headline_like(block_of("«Vous faites à Mossoul ce que nous faisons à Alep»")));
    CHECK(headline_like(block_of("« Les privatisations profitent aux actionnaires »")));
    CHECK(headline_like(block_of("‹Wir bleiben› sagt der Verein")));
    // Navigation between posts: "‹ Zurück", "← Older post", "Next story →".
    for (const char* line : {"‹ Zurück", "← Nebenbei bemerkt (4)", "Sommerfest im Dorf →", "« Previous article",
                             "Articolo successivo »"}) {
        INFO(line);
        CHECK_FALSE(headline_like(block_of(line)));
    }
    CHECK_FALSE(headline_like(block_of("The council voted on Monday to renovate the school.")));
}

TEST_CASE("comment threads and related lists end the article", "[classify][terminator]") {
    for (const char* line : {"Comments", "12 comments", "Leave a reply", "Kommentieren", "Kommentare (3)",
                             "Laisser un commentaire", "Deja un comentario", "Lascia un commento", "Czytaj też",
                             "Related articles", "Plaats een reactie"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A short line opening with a phrase of the list; the header of a comment thread quoting the title.
    for (const char* line : {"Weitere Artikel aus dem Ressort Sport", "Related stories from our partners",
                             "Artículos relacionados con la sequía",
                             "11 Antworten zu „Sonntag am See“", "3 thoughts on “A day at the lake”",
                             "2 réflexions sur « Le lac gelé »", "5 comentarios en «El lago helado»"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A related link inside the article, a numbered section, a count in a sentence.
    for (const char* line : {"Czytaj też: Nowy most otwarty", "4. Response codes",
                             "7 responses were recorded by the survey team in March",
                             "Add a comment | Share"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    for (const char* line : {"The comments of the minister drew criticism.", "Raids aériens", "Related"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    // A blog's sharing box under the post keeps its colon; share buttons without it stand over articles too.
    for (const char* line : {"Share this:", "Like this:", "Teilen mit:", "Share this article:", "Share This Story:",
                             "Diesen Artikel teilen:", "Comparte este artículo:", "There are 13 comments", "Ähnliche Beiträge",
                             "Für dich empfohlen", "Te recomendamos", "Você pode gostar",
                             "Vous aimerez peut-être aussi", "Over de auteur", "Recommended related news",
                             "Latest news", "You may also be interested in", "Envía tu comentario",
                             "Artikel und Videos zum Thema", "ÚLTIMAS NOTAS"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A box of links inside the article ("Related Coverage" between two paragraphs).
    for (const char* line : {"Share this", "Teilen mit", "Share this article", "Diesen Artikel teilen",
                             "There are 13 ferries", "Related Coverage"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("the titles of lists of other articles, lengthened by a word or two, end the article", "[classify][terminator]") {
    for (const char* line : {"Diese Artikel könnten dich ebenfalls interessieren:", "Das könnte Sie ebenfalls interessieren",
                             "Lesen Sie auch die folgenden Beiträge:", "Weitere interessante Themen", "Weiterlesen:",
                             "Keep Reading", "You might also be interested in", "Ces articles pourraient vous intéresser",
                             "Estos artículos te pueden interesar",
                             // the box presenting the site, its people or a series
                             "Über uns", "About me", "Qui sommes-nous", "Sobre nosotros", "Chi siamo", "Quem somos",
                             "O nas", "Über diese Reihe"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // The link at the end of a teaser, a sentence about reading.
    for (const char* line : {"Weiterlesen", "Keep reading the report of the council, it is worth it.",
                             "Über uns wohnt eine Familie mit drei Kindern, die den Hafen seit Jahren kennt."}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("a further-reading title and a most-read box printed without its accents end the article",
          "[classify][terminator]") {
    for (const char* line : {"Weiterführende Artikel zu diesem Thema", "Weiterführende Artikel", "Weiterführende Beiträge:",
                             "LO MAS LEIDO", "Lo más leido", "LO MAS LEÍDO", "Lo mas visto", "MAS LEIDAS"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A line about further schooling or the most important thing opens with other words.
    for (const char* line : {"Weiterführende Schulen in Wendle", "Lo mas importante es el muelle",
                             "Artikel zu diesem Thema folgen morgen im Hafenblatt und auf der Seite der Gemeinde."}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    const test::PageRow rows[] = {
        {"de", R"(Hafenblatt
Die Fähren fahren wieder vom Ostkai
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab, wie die Gemeinde mitteilte.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden noch viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war und der Markt zweimal umziehen musste.
Der Gemeinderat stimmt im Frühling über den Kredit für die zweite Bauetappe ab, wenn der Sommerfahrplan beginnt.
Weiterführende Artikel zu diesem Thema
Neuer Leuchtturm für die Bucht von Wendle
Der alte Leuchtturm wird abgerissen, weil seine Mauern seit Jahren bröckeln und die Sanierung zu teuer wäre, wie die Behörde schreibt.
Markt am Hafen zieht wieder um
Die Händler des Fischmarkts müssen im Sommer erneut umziehen, weil die Halle für die Fähren gebraucht wird und kein anderer Platz frei ist.
)",
         "Der alte Leuchtturm wird abgerissen"},
        {"es", R"(Diario del Puerto
Los transbordadores vuelven al muelle este
Tras un invierno de obras en el muelle norte, los transbordadores a las islas salen de nuevo del muelle este, según informó el ayuntamiento.
El capitán del puerto dijo que los nuevos amarres son más seguros que los antiguos y que durarán muchos años más.
Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno y el mercado se mudó dos veces.
LO MAS LEIDO
Nuevo faro para la bahía de Valdora: el antiguo será demolido porque sus muros se caen desde hace años
El mercado del puerto vuelve a mudarse porque la nave se necesita para los transbordadores del verano
)",
         "Nuevo faro para la bahía"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        auto paragraphs = test::paragraphs_of(a);
        CHECK(paragraphs.size() == 3 + (std::string(r.lang) == "de" ? 1 : 0));
        for (const auto& para : paragraphs)
            CHECK(para.rfind(r.line, 0) == std::string::npos);
    }
}

TEST_CASE("the box presenting the author under an article", "[classify][bio]") {
    for (const char* line : {"Jane Doe is a senior writer for Harbour Weekly, covering ports and shipping.",
                             "Anna Muster ist Redakteurin im Ressort Stadt und schreibt über den Hafen.",
                             "Jean Dupont est journaliste au service Société depuis 2015.",
                             "Marta García es periodista y cubre la información del puerto.",
                             "Luca di Marco is a breaking news reporter based in Perth.",
                             "Owen Pratt writes about the ports and the ships that call there."}) {
        INFO(line);
        CHECK(author_bio(block_of(line)));
    }
    // The box closed by the author's e-mail address instead of a full stop (or by the words a saved page prints
    // where a script hid the address).
    for (const char* line :
         {"Jane Doe is a senior writer for Harbour Weekly, covering ports and shipping. Write to her at jane.doe@harbour.example",
          "Anna Muster ist Redakteurin im Ressort Stadt und schreibt über den Hafen. E-Mail: anna.muster@hafenblatt.example",
          "Jean Dupont est journaliste au service Société depuis 2015. Courriel : [email protected]",
          "Marta García es periodista y cubre la información del puerto. Correo: [email\u00a0protected]"}) {
        INFO(line);
        CHECK(author_bio(block_of(line)));
    }
    // Without a stop nor an address at its end, the line is a title or a label, not the box.
    for (const char* line : {"Jane Doe is a senior writer for Harbour Weekly and the ports",
                             "Anna Muster ist Redakteurin im Ressort Stadt: @annamuster",
                             "Jean Dupont est journaliste au service Société, contact jean@dupont"}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
    // A sentence of the article about a reporter, a name without a job of the press, a label.
    for (const char* line : {"The harbour master said the reporter was not allowed on the quay.",
                             "Jane Doe is a fisherman who has worked on the northern quay for thirty years.",
                             "Jane Doe, Senior Writer"}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
}

TEST_CASE("the author's box leaves the article with the short lines over it", "[classify][bio][region]") {
    const char* page = R"(Harbour Weekly
News
Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The harbour master said the new moorings were safer than the old ones and would last for many years.
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days at sea.
The council will vote on the final bill in the spring, when the summer timetable begins.
Jane Doe
Jane Doe is a senior writer for Harbour Weekly, covering ports and shipping.
)";
    Article a = classify(segment(page), "en");
    REQUIRE(a.sections.size() == 1);
    CHECK(a.sections[0].paragraphs.size() == 4);
    CHECK(a.sections[0].paragraphs.back().rfind("The council will vote", 0) == 0);
}

TEST_CASE("the author's box closed by an e-mail address leaves the article", "[classify][bio][region]") {
    struct Row {
        const char* language;
        const char* article;
        const char* bio;
    };
    const Row rows[] = {
        {"en",
         "Ferries return to the eastern pier\n"
         "The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.\n"
         "The harbour master said the new moorings were safer than the old ones and would last for many years.\n"
         "Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days.\n"
         "The council will vote on the final bill in the spring, when the summer timetable begins.\n",
         "Jane Doe is a senior writer for Harbour Weekly and has covered the ports for ten years. Reach her at "
         "jane.doe@harbour.example"},
        {"de",
         "Die Fähren fahren wieder vom Ostkai\n"
         "Die Fähren zu den Inseln fahren nach einem Winter der Bauarbeiten am Nordkai wieder vom Ostkai ab.\n"
         "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.\n"
         "Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter über gesperrt war.\n"
         "Der Rat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.\n",
         "Anna Muster ist Redakteurin im Ressort Stadt und schreibt seit zehn Jahren über den Hafen. E-Mail: "
         "[email protected]"},
        {"fr",
         "Les ferries reviennent au quai est\n"
         "Les ferries pour les îles partent de nouveau du quai est après un hiver de travaux sur le quai nord.\n"
         "Le capitaine du port a dit que les nouveaux amarrages étaient plus sûrs que les anciens et dureraient.\n"
         "Les pêcheurs ont salué les travaux, même si le quai est resté fermé presque tout l'hiver.\n"
         "Le conseil votera la facture au printemps, quand commencera l'horaire d'été.\n",
         "Jean Dupont est journaliste au service Société et suit le port depuis dix ans. Courriel : "
         "jean.dupont@port.example"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        Article a = classify(segment(std::string(r.article) + "\n" + r.bio + "\n"), r.language);
        REQUIRE(a.sections.size() == 1);
        CHECK(a.sections[0].paragraphs.size() == 4);
        for (const auto& para : a.sections[0].paragraphs)
            CHECK(para.find('@') == std::string::npos);
    }
}

TEST_CASE("a video player's lines for screen readers inside the article are left out, the article kept whole",
          "[classify][boilerplate][region]") {
    struct Row {
        const char* language;
        const char* title;
        const char* before;
        const char* notice;
        const char* after;
        const char* article_line; // the words of a window or a dialog in the article's text
    };
    for (const Row& r :
         {Row{"en", "Ferries return to the eastern pier",
              "The ferries to the islands run again from the eastern pier after a winter of repairs on the quay.\n"
              "The harbour master said the new moorings were safer than the old ones and would last for years.",
              "This is a modal window.\nBeginning of dialog window. Escape will cancel and close the window.\n"
              "End of dialog window.",
              "Fishermen welcomed the works, although the quay was closed for most of the winter months.\n"
              "The council will vote on the final bill in the spring, when the summer timetable begins.",
              "This is a window into the harbour's past, the curator of the museum said on Monday."},
          Row{"de", "Fähren fahren wieder vom Ostkai",
              "Die Fähren zu den Inseln legen nach einem Winter der Reparaturen wieder am Ostkai ab.\n"
              "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten viele Jahre.",
              "Dies ist ein modales Fenster.\nAnfang des Dialogfensters. Esc bricht ab und schließt das Fenster.\n"
              "Ende des Dialogfensters.",
              "Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter gesperrt war.\n"
              "Der Gemeinderat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.",
              "Das Ende des Dialogs zwischen dem Hafen und der Stadt kam im Mai, sagte der Bürgermeister."},
          Row{"fr", "Les bacs reviennent au quai est",
              "Les bacs vers les îles partent de nouveau du quai est après un hiver de réparations sur le port.\n"
              "Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens.",
              "Ceci est une fenêtre modale.\nDébut de la fenêtre de dialogue. Échap annule et ferme la fenêtre.\n"
              "Fin de la fenêtre de dialogue.",
              "Les pêcheurs ont salué les travaux, bien que le quai soit resté fermé pendant tout l'hiver.\n"
              "Le conseil votera la facture au printemps, quand commencera l'horaire d'été des bacs.",
              "Ceci est une fenêtre sur le passé du port, a dit la conservatrice du musée maritime."},
          Row{"es", "Los transbordadores vuelven al muelle este",
              "Los transbordadores a las islas salen de nuevo del muelle este tras un invierno de reparaciones.\n"
              "El capitán del puerto dijo que los nuevos amarres eran más seguros que los antiguos y durarían años.",
              "Esta es una ventana modal.\nComienzo de la ventana de diálogo. Escape cancela y cierra la ventana.\n"
              "Fin de la ventana de diálogo.",
              "Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno.\n"
              "El consejo votará la factura en primavera, cuando empiece el horario de verano de los barcos.",
              "Esta es una ventana al pasado del puerto, dijo la conservadora del museo marítimo."}}) {
        INFO(r.language);
        const std::string page = std::string(r.title) + "\n" + r.before + "\n" + r.notice + "\n" + r.after + "\n";
        Article a = classify(segment(page), r.language);
        const auto paragraphs = paragraphs_of(a);
        CHECK(paragraphs.size() == 4);
        for (const auto& para : paragraphs)
            CHECK(std::string(r.notice).find(para) == std::string::npos);
        const std::string text_page =
            std::string(r.title) + "\n" + r.before + "\n" + r.article_line + "\n" + r.after + "\n";
        const auto kept = paragraphs_of(classify(segment(text_page), r.language));
        CHECK(std::find(kept.begin(), kept.end(), std::string(r.article_line)) != kept.end());
    }
}

TEST_CASE("on a page whose credits stand under long paragraphs, a short line over a credit is a paragraph",
          "[classify][credit][caption]") {
    struct Row {
        const char* language;
        const char* page;
        const char* line; // the short line over a credit
        bool caption;
    };
    for (const Row& r : {
             Row{"en", R"(Five ways to keep a small boat dry
Rinse the deck with fresh water after every trip, because the salt left behind draws damp into the wood, the ropes and the cushions of the cabin over the long winter months in the harbour.
Jane Roe/Getty Images
Store the sails folded loosely in a dry shed, never in the bag they came in, so that the dry air of the shed can reach every single fold of the cloth for the weeks until the spring.
John Poe/iStock/Getty Images
Check the drain plug before you leave the harbour, since a loose plug lets in more water than any wave.
Mia Lund/Getty Images
Paint the hull every second spring with a coat that breathes, and the planks of the boat will last for many more years than the old ones that your grandfather painted did.
)", "Check the drain plug before you leave the harbour, since a loose plug lets in more water than any wave.", false},
             Row{"de", R"(Fünf Tipps für ein trockenes Boot
Spülen Sie das Deck nach jeder Fahrt mit Süßwasser ab, denn das Salz zieht über den langen Winter im Hafen die Feuchtigkeit in das Holz, in die Leinen und in die Polster der Kajüte.
Jana Rot/Getty Images
Lagern Sie die Segel locker gefaltet in einem trockenen Schuppen und nie in der Tasche, damit die trockene Luft des Schuppens über viele Wochen bis zum Frühjahr an jede einzelne Falte des Tuchs kommt.
Jonas Pohl/iStock/Getty Images
Prüfen Sie den Ablaufstopfen, bevor Sie den Hafen verlassen, denn ein lockerer Stopfen lässt viel Wasser ein.
Mia Lund/Getty Images
Streichen Sie den Rumpf jedes zweite Frühjahr mit einer Farbe, die atmet, dann halten die Planken des Bootes viele Jahre länger als die alten, die schon Ihr Großvater einst gestrichen hat.
)", "Prüfen Sie den Ablaufstopfen, bevor Sie den Hafen verlassen, denn ein lockerer Stopfen lässt viel Wasser ein.", false},
             // A page of captions: the short lines over its credits are captions.
             Row{"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay of the old harbour.
The first ferry of the season leaves the eastern pier on Monday.
Jane Roe/Getty Images
The harbour master said the new moorings were safer than the old ones and would last for many years, even in the worst storms.
Fishermen mend their nets on the northern quay.
John Poe/iStock/Getty Images
The council will vote on the final bill in the spring, when the summer timetable of the ferries begins again.
)", "The first ferry of the season leaves the eastern pier on Monday.", true}}) {
        INFO(r.language << ": " << r.line);
        Article a = classify(segment(r.page), r.language);
        const auto paragraphs = paragraphs_of(a);
        const bool in_text = std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) != paragraphs.end();
        const bool captioned = std::any_of(a.media.begin(), a.media.end(), [&r](const Media& m) {
            return m.caption && *m.caption == r.line;
        });
        CHECK(in_text == !r.caption);
        CHECK(captioned == r.caption);
    }
}

TEST_CASE("a label over a few titles of other articles inside the article leaves them out, the article kept whole",
          "[classify][boilerplate][region]") {
    struct Row {
        const char* language;
        const char* page;
        std::vector<std::string> left_out;
        std::size_t paragraphs;
    };
    for (const Row& r : {
             Row{"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The harbour master said the new moorings were safer than the old ones and would last for many years.
Other People Are Reading
Lighthouse Keepers of the Northern Coast
How to Mend a Fishing Net
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days.
The council will vote on the final bill in the spring, when the summer timetable begins.
)", {"Other People Are Reading", "Lighthouse Keepers of the Northern Coast", "How to Mend a Fishing Net"}, 4},
             Row{"de", R"(Fähren fahren wieder vom Ostkai
Die Fähren zu den Inseln legen nach einem Winter der Reparaturen am Nordkai wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten viele Jahre.
Andere Leser lesen gerade:
Die Leuchttürme der Nordküste
So flicken Sie ein Fischernetz
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter über gesperrt war.
Der Gemeinderat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.
)", {"Andere Leser lesen gerade:", "Die Leuchttürme der Nordküste", "So flicken Sie ein Fischernetz"}, 4},
             Row{"fr", R"(Les bacs reviennent au quai est
Les bacs vers les îles partent de nouveau du quai est après un hiver de réparations sur le quai nord.
Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens et dureraient.
D'autres lecteurs lisent
Les gardiens de phare de la côte nord
Comment réparer un filet de pêche
Les pêcheurs ont salué les travaux, bien que le quai soit resté fermé pendant presque tout l'hiver.
Le conseil votera la facture au printemps, quand commencera l'horaire d'été des bacs.
)", {"D'autres lecteurs lisent", "Les gardiens de phare de la côte nord", "Comment réparer un filet de pêche"}, 4},
             Row{"es", R"(Los transbordadores vuelven al muelle este
Los transbordadores a las islas salen de nuevo del muelle este tras un invierno de reparaciones en el norte.
El capitán del puerto dijo que los nuevos amarres eran más seguros que los antiguos y durarían años.
Otros lectores están leyendo
Los fareros de la costa norte
Cómo remendar una red de pesca
Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno pasado.
El consejo votará la factura en primavera, cuando empiece el horario de verano de los barcos.
)", {"Otros lectores están leyendo", "Los fareros de la costa norte", "Cómo remendar una red de pesca"}, 4}}) {
        INFO(r.language);
        Article a = classify(segment(r.page), r.language);
        const auto paragraphs = paragraphs_of(a);
        CHECK(paragraphs.size() == r.paragraphs);
        for (const std::string& line : r.left_out) {
            INFO(line);
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) == paragraphs.end());
            const auto headings = headings_of(a);
            CHECK(std::find(headings.begin(), headings.end(), line) == headings.end());
        }
    }
}

TEST_CASE("a line opening with a boilerplate label is found whatever the case of its first word",
          "[classify][boilerplate]") {
    // The labels are looked up by the line's first word, lower-cased, up to a space or a colon.
    for (const char* line : {"ÉTIQUETTES : port, ferries", "KATEGORIEN: Hafen, Fähre", "TAGS:harbour, ferry",
                             "Mots-clés : marée, phare", "LIRE AUSSI | Le port rouvre ses quais",
                             "Read more: Ferries return to the eastern pier"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].boilerplate);
    }
    for (const char* line : {"Étiquettes anciennes du port, retrouvées au phare.", "Kategorienwechsel im Hafen",
                             "Read the harbour report of the council."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a blog's line of categories and tags under the post is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Posted in News | Tagged harbour, ferries", "This entry was posted in Harbour news.",
                             "Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Hafen, Fähre.",
                             "Abgelegt unter Hafen, Stadt", "Publié dans Société", "Publicado en Noticias",
                             "Tags: harbour, ferry, timetable", "Kategorien: Hafen",
                             "Der Beitrag wurde am 3. Mai 2024 veröffentlicht und unter Hafen abgelegt."}) {
        INFO(line);
        CHECK(post_footer(line));
        CHECK(is_boilerplate_phrase(line));
    }
    // Sentences that open with the same few words; a label without its list.
    for (const char* line : {"Publicado en 1998, el libro fue un éxito.", "Posted in the harbour office, the timetable changed.",
                             "Veröffentlicht in der Zeitschrift Nature ist die Studie.", "Tags", "Posted"}) {
        INFO(line);
        CHECK_FALSE(post_footer(line));
    }
}

TEST_CASE("cookie consent notices are boilerplate in any language", "[classify][consent]") {
    for (const char* line : {"We use cookies to improve your experience on our site and to analyse our traffic.",
                             "Ce site utilise des cookies afin d'améliorer votre expérience de navigation.",
                             "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Datenschutz",
                             "Utilizamos cookies propias y de terceros. Puede aceptar o configurar su privacidad."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    for (const char* line : {"The bakery sold four thousand cookies on Saturday, the owner said.",
                             "Le conseil a accepté le budget.",
                             "Nearly every page you open asks your browser to fetch a small button from the network, "
                             "and that request carries the address of the page, the time of the visit and any "
                             "cookies the network set before, so it can follow your browsing from one site to the "
                             "next even if you never press the button and never signed up for an account there."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("a form's or an embedded post's consent to the privacy statement is a consent notice", "[classify][consent]") {
    for (const char* line : {"Beim Abspielen des Films akzeptierst du die Datenschutzerklärung von Hafentube.",
                             "Wir respektieren deine Privatsphäre und laden den Beitrag erst, wenn du zustimmst.",
                             "By sending the form you agree to our privacy policy and to the storage of your address.",
                             "En cliquant sur le bouton, j'accepte la politique de confidentialité du port.",
                             "Al registrarme acepto la política de privacidad del puerto."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // The statement or the verb alone, in an article.
    for (const char* line : {"Der Datenschutzbeauftragte prüft, ob der Hafen die Privatsphäre der Gäste schützt.",
                             "The council did not accept the harbour master's plan for the winter berths.",
                             "La politique de confidentialité du port a été publiée lundi."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("a form's long consent that opens with the consent to the privacy statement is a consent notice",
          "[classify][consent]") {
    // Over sixty words: the consent goes on to tell what is stored, for how long and how to withdraw it.
    const std::string tail_de = " Die Angaben aus dem Formular werden für die Antwort auf die Nachricht und für spätere "
                                "Rückfragen beim Segelverein Möwenbucht aufbewahrt, nicht ohne Einwilligung "
                                "weitergegeben und nach Abschluss der Anfrage gelöscht. Die Einwilligung kann jederzeit "
                                "für die Zukunft per E-Mail an den Vorstand des Vereins widerrufen werden, ohne dass "
                                "dadurch die Rechtmäßigkeit der bisherigen Verarbeitung berührt wird.";
    const std::string tail_en = " The details from this form are stored by the Gullhaven rowing club to answer the "
                                "request and any questions that follow from it, are never passed on without your "
                                "consent and are deleted once the request is closed. You may withdraw this consent "
                                "at any time by writing to the club secretary, which does not affect the lawfulness "
                                "of the processing carried out before the withdrawal was received.";
    const std::string tail_fr = " Les informations saisies dans ce formulaire sont conservées par le club nautique de "
                                "Pors Guen pour répondre à la demande et aux questions qui en découlent, ne sont jamais "
                                "transmises sans votre accord et sont effacées à la clôture de la demande. Vous pouvez "
                                "retirer ce consentement à tout moment en écrivant au secrétariat du club, sans que "
                                "cela remette en cause le traitement effectué avant ce retrait.";
    const std::string tail_es = " Los datos de este formulario los guarda el club náutico de Punta Remos para responder "
                                "a la consulta y a las preguntas que surjan de ella, nunca se ceden sin su permiso y se "
                                "borran al cerrar la consulta. Puede retirar este consentimiento en cualquier momento "
                                "escribiendo a la secretaría del club, sin que ello afecte al tratamiento realizado "
                                "antes de la retirada, y pedir una copia de los datos guardados.";
    for (const std::string& line :
         {"Hiermit bestätige ich, die Datenschutzerklärung des Vereins zu kennen, und stimme der Speicherung zu." + tail_de,
          "Yes, I have read the privacy policy and agree to the storage of my details." + tail_en,
          "J'ai lu la politique de confidentialité et j'accepte l'enregistrement de mes données." + tail_fr,
          "He leído la política de privacidad y acepto que se guarden mis datos." + tail_es}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // A long paragraph of an article: its first sentence names the statement without a verb of consent, or it is
    // a long sentence on another subject.
    for (const std::string& line :
         {"The privacy policy of the rowing club was rewritten last spring." + tail_en,
          "Die Datenschutzerklärung des Segelvereins wurde im Frühjahr neu gefasst." + tail_de,
          "Le club nautique a publié lundi le bilan de sa saison, marquée par une tempête en mars, des régates "
          "annulées en avril, une fréquentation record en juillet et l'arrivée de trois nouveaux moniteurs." +
              tail_fr}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("prompts to subscribe, sign up or donate are boilerplate in any language", "[classify][promo]") {
    for (const char* line : {"Sign up for our free weekly newsletter and never miss the latest harbour news.",
                             "Jetzt kostenlos den Newsletter abonnieren und nichts mehr verpassen!",
                             "Abonnez-vous gratuitement à notre newsletter pour recevoir les actualités du port.",
                             "Suscríbete gratis y recibe las noticias del puerto directamente en tu correo.",
                             "Unterstütze unabhängigen Journalismus mit einer Spende!",
                             "No spam, ever: unsubscribe with one click whenever you like."}) {
        INFO(line);
        CHECK(is_promo_notice(line));
        CHECK(block_quality(block_of(line), "") == Quality::bad);
    }
    // The words in an article: among many others, or without any prompt.
    for (const char* line : {"The harbour office sends a newsletter to the fishermen every month, the mayor said.",
                             "The council asked the port authority whether the newsletter had been sent to the "
                             "families who live along the northern quay before the works began in the spring, "
                             "and the authority answered that it had been printed but not yet delivered.",
                             "Die Spende des Vereins floss in den Bau des neuen Kais."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(line));
    }
}

TEST_CASE("a block's consent and promo notices are told from one look-up of its words", "[classify][consent][promo]") {
    struct Row {
        const char* line;
        bool consent, promo;
    };
    for (const Row& r : {Row{"We use cookies to remember your settings and measure the traffic of the marina site.", true, false},
                         Row{"Mit dem Absenden stimme ich der Datenschutzerklärung des Segelvereins zu.", true, false},
                         Row{"Get the free weekly newsletter of the Lindholm ferry line, straight to your inbox.", false, true},
                         Row{"Inscrivez-vous gratuitement à notre newsletter pour recevoir les horaires du bac de Kerlouan.", false, true},
                         Row{"The ferry to Lindholm leaves at nine and returns before the evening tide.", false, false}}) {
        INFO(r.line);
        const Block b = block_of(r.line);
        CHECK(is_consent_notice(b) == r.consent);
        CHECK(is_promo_notice(b) == r.promo);
        CHECK(is_consent_or_promo_notice(b, true) == (r.consent || r.promo));
        CHECK(is_consent_or_promo_notice(b, false) == r.consent);
    }
}

TEST_CASE("appeals for support and a subscription's terms in common words are prompts", "[classify][promo]") {
    // No newsletter, subscription or donation word: a phrase of the appeal stands for it.
    for (const char* line : {"Ihr Beitrag hilft, unsere Hafenzeitung weiterhin kostenlos für alle anzubieten.",
                             "Your contribution helps us keep the Dunmore harbour news free for every reader.",
                             "Lee el periodismo del puerto sin límites. Cancela cuando quieras.",
                             "Soutenez-nous : le journalisme du port reste gratuit grâce à vous.",
                             // a paywall's offer and its terms
                             "Instant access to the full report on the Dunmore lighthouse.",
                             "Unbegrenzter Zugang zu allen Ausgaben des Hafenarchivs seit 1990. Das Abo verlängert sich "
                             "automatisch jedes Jahr."}) {
        INFO(line);
        CHECK(is_promo_notice(line));
    }
    // The same words in an article's sentence, without any other prompt word, or among many other words.
    for (const char* line : {"Ihr Beitrag hilft uns sehr, sagte die Bürgermeisterin zu den Fischern am Kai.",
                             "Your contribution helps, the harbour master told the volunteers who had rebuilt the "
                             "northern pier during the long winter, and the council promised to thank each of "
                             "them at the spring fair next to the old lighthouse by the quay this month.",
                             "El alcalde explicó a los vecinos del puerto que el abono del aparcamiento se cancela "
                             "cuando quieras en la oficina municipal, pero que la tarifa de invierno seguirá igual "
                             "hasta marzo."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(line));
    }
}

namespace {
// Each of `known` is a boilerplate phrase, none of `article`.
void check_boilerplate_lines(std::initializer_list<const char*> known, std::initializer_list<const char*> article) {
    for (const char* line : known) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : article) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}
} // namespace

TEST_CASE("a line of button labels, a verb and what it acts on, is boilerplate", "[classify][boilerplate]") {
    // A sentence, a verb or a thing alone, or other words with them are not.
    check_boilerplate_lines({"Rezept drucken", "Print recipe | Save to Pinterest", "Commander le livre",
                             "Imprimir receta · Guardar en Pinterest", "Jetzt das Buch bestellen"},
                            {"Print the recipe and keep it for the winter.", "Rezepte", "Buy now",
                             "Order the book of the harbour festival", "Le livre du port à commander",
                             // more than eight words, every one a label word
                             "Print recipe/Save recipe/Share recipe/Order book/Buy",
                             "Rezept drucken/Rezept speichern/Rezept teilen/Buch bestellen/kaufen"});
}

TEST_CASE("a row of share buttons, a verb and two networks or more, is boilerplate", "[classify][boilerplate]") {
    // Longer than the eight words of other button labels; a sentence naming the networks is not.
    check_boilerplate_lines({"Share on Reddit Share on Mastodon Share on Flipboard Share by mail",
                             "Compartir en Bluesky Compartir en Telegram Compartir en Xing Compartir por mail",
                             "Partager sur Facebook Partager sur X Partager sur LinkedIn Partager par e-mail",
                             "Auf Facebook teilen Auf WhatsApp teilen Auf Xing teilen Per Mail teilen"},
                            {"The harbour office will share the timetable on Facebook and on Twitter this week.",
                             "Facebook Twitter WhatsApp", "Share the harbour plans"});
}

TEST_CASE("a line of button labels is found whatever its first word looks like", "[classify][boilerplate]") {
    // The labels' first words are looked up whole when they are plain lower-case letters; capitals, accents, marks
    // leave the line to the full test.
    check_boilerplate_lines({"Télécharger le PDF", "Udostępnij przepis", "PRINT RECIPE | SAVE TO PINTEREST",
                             "Épingler la recette", "»Rezept drucken«"},
                            {"Télécharger le rapport du port prend du temps", "Udostępnij nam swoje zdjęcia z portu",
                             "PRINTED IN THE HARBOUR TOWN"});
}

TEST_CASE("a read-aloud button alone on its line is boilerplate", "[classify][boilerplate]") {
    check_boilerplate_lines({"Vorlesen", "Artikel anhören", "Listen to this article", "Écouter cet article",
                             "Escuchar este artículo"},
                            {"Listen to this article about the ferry before the vote, the mayor asked the council."});
}

TEST_CASE("an empty list's notice alone on its line is boilerplate", "[classify][boilerplate]") {
    check_boilerplate_lines({"There are no upcoming events.", "Derzeit keine Veranstaltungen.",
                             "Keine bevorstehenden Veranstaltungen", "Aucun événement à venir",
                             "No hay próximos eventos."},
                            {"There are no upcoming events at the harbour until the spring fair reopens."});
}

TEST_CASE("a notice on affiliate links is boilerplate", "[classify][boilerplate]") {
    // Not a commission or a "Provision" of the news.
    check_boilerplate_lines({"Beim Kauf über Links auf dieser Seite erhalten wir eine kleine Provision.",
                             "We may earn a commission when you buy through links in our harbour guides.",
                             "Si vous achetez via nos liens, nous touchons une petite commission.",
                             "Podemos recibir una comisión por las compras hechas desde esta página.",
                             // (a long line of a few sentences, its byte pairs gathered whole)
                             "Our guides to the harbour towns are written by our own reporters, who visit every pier "
                             "and every ferry before they recommend them; when you buy through the links in these "
                             "guides we may earn a commission."},
                            {"The harbour commission links the two ferry contracts, the mayor said.",
                             "Der Makler verlangt eine Provision von drei Prozent, sagte die Stadträtin."});
}

TEST_CASE("a comment form's notice to log in is boilerplate", "[classify][boilerplate]") {
    // Not a comment in the news.
    check_boilerplate_lines({"You must be logged in to post a comment.", "Zum Kommentieren bitte anmelden.",
                             "Vous devez être connecté pour publier un commentaire.",
                             "Regístrate para comentar esta noticia del puerto."},
                            {"The ferry company declined to comment on whether it would register the new ships.",
                             "El alcalde se negó a comentar la sesión del pleno."});
}

TEST_CASE("boilerplate phrases are known per language", "[classify][boilerplate]") {
    for (const char* line : {"Votre opinion", "Partager", "Teilen", "Drucken", "Share", "Newsletter", "Condividi",
                             "Compartir", "Lire aussi", "Mehr zum Thema", "Related articles", "Accept all",
                             "Czytaj też: Nowy most na Wiśle otwarty", "Lees ook: De brug is weer open",
                             "Leia também: Ponte reaberta no centro", "Skip to contentSkip to navigation",
                             "Zum Inhalt springen Zur Hauptnavigation springen", "Aller au contenu principal",
                             "Ir al contenido", "Lesen Sie auch", "Ähnliche Beiträge", "Otras noticias",
                             "Related Topics", "Les plus lus", "I più letti", "Notícias relacionadas",
                             "Meest gelezen", "Zobacz także", "Kommentar hinzufügen",
                             "VEA TAMBIÉN: El puerto reabre sus muelles", "Mira: El puerto reabre sus muelles",
                             "Lesen Sie hier: Der Hafen öffnet wieder", "Also read: Ferries return to the pier",
                             "Twitter", "WhatsApp", "Up Next: Ferries return to the eastern pier",
                             "Siguiente artículo: El puerto reabre sus muelles", "Article suivant: Le port rouvre",
                             "Nächster Artikel: Der Hafen öffnet wieder", "Próximo artigo: Porto reabre no domingo",
                             "© 2025 Harbour Weekly", "Up Next Ferries return to the eastern pier",
                             "Lesen Sie auch Der Hafen öffnet wieder", "Lire aussi Le port de Vallon rouvre",
                             "Ferry timetables are provided by the port authority and may change without notice. Prices "
                             "are shown in euros and include all taxes and fees. © 2025 Harbour Weekly Media. All rights "
                             "reserved.",
                             "Die Fahrpläne stellt die Hafenbehörde bereit, Änderungen sind jederzeit möglich, alle Preise "
                             "verstehen sich in Euro und schließen sämtliche Gebühren ein. © 2025 Hafenblatt Verlag."}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"Raids aériens", "Le Conseil fédéral a décidé.", "Sharing the burden",
                             "Zum Inhalt der Studie gehört auch eine Umfrage.", "Lesen Sie auch die Studie des Bundes.",
                             "Otras noticias del puerto llegaron el lunes.", "Mira cómo el puerto reabre sus muelles.",
                             "Up next the council votes on the ferry budget.", "The next article of the law bans it.",
                             "Read more Harbour stories in our archive.", "Lesen Sie auch Die Chronik des Hafens.",
                             "Watch Ferries return to the eastern pier",
                             "© Provided by Kestrel Press The ferries to the islands will leave from the eastern pier "
                             "again from Monday, after a winter of repairs that closed the northern quay for months.",
                             "© Fourni par Presse du Cap Les ferries pour les îles repartiront du quai est dès lundi, "
                             "après un hiver de travaux qui a fermé le quai nord pendant des mois."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a link's label glued to the title it leads to is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Next articleFerries return to the eastern pier", "Vorheriger ArtikelNeue Fähre am Ostkai",
                             "Vorheriger Artikel++ Sturm über dem Ostkai ++", "Article suivantLe port rouvre ses quais",
                             "Artículo anterior“El puerto reabre sus muelles”", "Related TopicsHarbourFerriesWeather"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A sentence opening with the words of a label, a wiki's heading with its edit link, a brand name in capitals.
    for (const char* line : {"Next article of the series: the ferries", "See also[edit]", "PlayStation news on the ferries",
                             "Previous articles were about the WiFi on the ferries."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a link or a button with its arrow after its last word or before its first is boilerplate",
          "[classify][boilerplate]") {
    for (const char* line : {"Jetzt kostenlos anmelden \u00BB", "20 Prozent Rabatt auf Fährkarten \u00BB",
                             "Learn more about the ferries \u203A", "Weitere Fragen zum Hafen >",
                             "Tous les horaires des ferries >>", "Ver todas las rutas \u2192",
                             "Scopri tutte le rotte \u00BB", "\u2190 Previous: Ferries return to the eastern pier",
                             "\u00AB Articles plus anciens", "< Zur\u00FCck zur \u00DCbersicht",
                             "\u2039 Entrada anterior"}) {
        INFO(line);
        CHECK(arrow_link(line));
    }
    // A quote between the same marks, the last line of a quote closed by its stop, a figure, a long sentence.
    for (const char* line : {"Les \u00AB quais du nord \u00BB", "\u00AB Le port rouvre \u00BB, dit le maire",
                             "Nous verrons bien. \u00BB", "< 5 km", "\u2039Hafen\u203A ist das Wort des Jahres >",
                             "Die F\u00E4hren fahren wieder ab dem Ostkai, sagte der Hafenmeister am Montag vor der "
                             "Presse in der Stadt \u00BB"}) {
        INFO(line);
        CHECK_FALSE(arrow_link(line));
    }
}

TEST_CASE("a button with its arrow between two paragraphs is left out of the text, the paragraphs kept",
          "[classify][boilerplate]") {
    for (const test::PageRow& r : {
             test::PageRow{"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay of the old harbour.
The harbour master said the new moorings were safer than the old ones and would last for many years, even in the worst storms.
Get the summer timetable ›
The council will vote on the final bill in the spring, when the summer timetable of the ferries begins again on the pier.
The fishermen of the northern quay hope that their boats will find their old moorings before the first storms of the autumn.
)", "Get the summer timetable ›"},
             test::PageRow{"de", R"(Die Fähren fahren wieder ab dem Ostkai
Die Fähren zu den Inseln legen nach einem Winter der Bauarbeiten am Nordkai wieder am Ostkai des alten Hafens ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten auch den schlimmsten Stürmen stand.
Jetzt den Sommerfahrplan holen »
Der Gemeinderat stimmt im Frühjahr über das Gesetz ab, wenn der Sommerfahrplan der Fähren am Ostkai wieder beginnt.
Die Fischer des Nordkais hoffen, dass ihre Boote vor den ersten Stürmen des Herbstes ihre alten Liegeplätze wiederfinden.
)", "Jetzt den Sommerfahrplan holen »"},
             test::PageRow{"fr", R"(Les ferries reviennent au quai est
Les ferries pour les îles repartent du quai est après un hiver de travaux sur le quai nord du vieux port de la ville.
Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens et tiendraient aux pires tempêtes.
← Horaires de l'hiver
Le conseil votera la loi au printemps, quand l'horaire d'été des ferries reprendra au quai est du vieux port de la ville.
Les pêcheurs du quai nord espèrent que leurs bateaux retrouveront leurs anciens mouillages avant les tempêtes de l'automne.
)", "← Horaires de l'hiver"}}) {
        INFO(r.lang << ": " << r.line);
        const auto paragraphs = paragraphs_of(classify(segment(r.page), r.lang));
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) == paragraphs.end());
        CHECK(paragraphs.size() == 4);
    }
}

TEST_CASE("the title of another page with its site's name or label after a bar is no text of the article",
          "[classify][boilerplate]") {
    for (const char* line : {"How to pack for the islands | Harbour TV", "Profil | Jana Rot",
                             "Le port rouvre ses quais | VID\u00C9O", "El puerto reabre sus muelles | Radio Costa",
                             "Il porto riapre le banchine | Gazzetta del Golfo"}) {
        INFO(line);
        CHECK(barred_title(line));
    }
    // A sentence with a bar, a menu or a table's row of several bars, a wiki's reference, a long line.
    for (const char* line : {"Tickets for adults cost 12 euros | Children ride free.", "Start | Hafen | Kontakt",
                             "^ \"Ferries return | Harbour Weekly\"", "Ferries", "Harbour | ",
                             "The ferries to the islands will run again from the eastern pier next week | Harbour Weekly "
                             "of the northern coast"}) {
        INFO(line);
        CHECK_FALSE(barred_title(line));
    }
    const char* page = R"(Les ferries reviennent au quai est
Les ferries pour les îles repartent du quai est après un hiver de travaux sur le quai nord du vieux port de la ville.
Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens et tiendraient aux pires tempêtes.
Le quai nord en travaux | Télé du Port
Le conseil votera la loi au printemps, quand l'horaire d'été des ferries reprendra au quai est du vieux port de la ville.
Les pêcheurs du quai nord espèrent que leurs bateaux retrouveront leurs anciens mouillages avant les tempêtes de l'automne.
)";
    const auto paragraphs = paragraphs_of(classify(segment(page), "fr"));
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "Le quai nord en travaux | Télé du Port") == paragraphs.end());
    CHECK(paragraphs.size() == 4);
}

TEST_CASE("a form field's label with its note in parentheses is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Name (required)", "Email (will not be published)", "E-Mail (wird benötigt)",
                             "E-Mail-Adresse (wird nicht veröffentlicht)", "Site web (facultatif)",
                             "Correo electrónico (obligatorio)", "Adres e-mail (wymagane)"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A sentence or a name with a parenthesis of its own stays.
    for (const char* line : {"The ferry pass (required for all islanders since May)",
                             "Der Hafenmeister der Stadt Seedorf (nicht veröffentlicht)",
                             "Harbour Weekly (Seedorf)", "Le permis de pêche est désormais obligatoire (depuis mai)"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a note on a change to the article opens with an update word and a colon", "[classify][closing]") {
    for (const char* line : {"Update July 4th, 9:10AM ET: Added the harbour master's reply.",
                             "Mise à jour, 14h : la capitainerie confirme la fermeture.",
                             "Actualización 18:30: El puerto reabre el muelle norte.",
                             "Aktualizacja: Kapitanat potwierdził zamknięcie nabrzeża.",
                             "Correction: An earlier version misspelled the ferry's name."}) {
        INFO(line);
        CHECK(update_note(line));
    }
    // A sentence on updates, a date alone after the word, a word that only starts like one.
    for (const char* line : {"Update your app to see the new timetable.", "Updated: 4 July 2024", "Updates: none.",
                             "Updating: the harbour map is being redrawn now."}) {
        INFO(line);
        CHECK_FALSE(update_note(line));
    }
}

TEST_CASE("a disclaimer alone on its line is boilerplate, in parentheses too", "[classify][boilerplate]") {
    for (const char* line : {"(Alle Angaben ohne Gewähr)", "Angaben ohne Gewähr.", "(Subject to change without notice)",
                             "Sous réserve de modifications.", "(Sujeto a cambios sin previo aviso)", "(Werbung)"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"Alle Angaben zum Fahrplan sind ohne Gewähr, sagte der Hafenmeister.",
                             "(The timetable is subject to change without notice, the harbour office said.)",
                             "(Werbung) (Werbung)"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a footer's rights notice is boilerplate wherever it stands in the line", "[classify][boilerplate]") {
    for (const char* line : {"Some rights reserved 2015-2025 by Harbour Weekly, a member of the Coast Media Group.",
                             "Hafenblatt 2024 · Alle Rechte vorbehalten · Impressum",
                             "Le Courrier du Port, tous droits réservés, 2023", "Gazeta Portowa - wszelkie prawa zastrzeżone",
                             // (a paragraph of fifty spaces or more is searched for the pieces)
                             "Harbour Weekly is published every Thursday by the Coast Media Group for the readers of "
                             "the northern harbour towns, their ferries, their fishing boats and their markets, with "
                             "the news of the councils, the schools and the clubs of every town along the coast from "
                             "the old lighthouse to the new marina, and with the tide tables of the week. All rights "
                             "reserved."}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"The rights of the fishermen are reserved in the new law on the harbour.",
                             "Die Rechte am Hafen bleiben der Stadt vorbehalten, sagte der Bürgermeister."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("the article is found between menus and footers", "[classify][region]") {
    const char* page = R"(Accueil
Monde
Suisse
Economie
Sport

Santé«Les urgences sont saturées»

Les hôpitaux du canton font face à un afflux record de patients depuis le début de la semaine, selon les autorités sanitaires.

Par Jean Dupont

Les services d'urgence des trois hôpitaux cantonaux ont accueilli plus de 900 patients lundi, un chiffre jamais atteint depuis leur ouverture, a indiqué la direction.

La situation reste tendue dans les services de médecine interne, où les lits manquent depuis plusieurs semaines et où le personnel enchaîne les heures supplémentaires.

Des renforts attendus

Le canton a annoncé l'arrivée de vingt infirmières supplémentaires dès la semaine prochaine, une mesure que les syndicats jugent insuffisante face à la pression actuelle.

(ats)

Partager sur Facebook
Newsletter
© 2025 Journal du Lac
)";
    auto blocks = segment(page);
    Article a = classify(blocks, "fr");
    CHECK(a.kicker == "Santé");
    CHECK(a.headline == "«Les urgences sont saturées»");
    CHECK(a.lede == "Les hôpitaux du canton font face à un afflux record de patients depuis le début de la semaine, "
                    "selon les autorités sanitaires.");
    CHECK(a.authors == std::vector<std::string>{"Jean Dupont"});
    REQUIRE(a.sections.size() == 2);
    CHECK_FALSE(a.sections[0].heading);
    CHECK(a.sections[0].paragraphs.size() == 2);
    CHECK(a.sections[1].heading == "Des renforts attendus");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(ats)");
    CHECK(a.boilerplate.front() == "Accueil");
    CHECK(a.boilerplate.back() == "© 2025 Journal du Lac");
}

TEST_CASE("title bars and breadcrumbs cut into pieces at free-standing separators", "[classify][headline]") {
    struct Row {
        const char* line;
        std::vector<std::string> pieces;
    };
    const Row rows[] = {
        {"Flood barriers hold in the old town | Riverside Gazette", {"Flood barriers hold in the old town", "Riverside Gazette"}},
        {"Le Courrier du Lac - Les vendanges commencent tôt", {"Le Courrier du Lac", "Les vendanges commencent tôt"}},
        {"Startseite › Region › Neue Brücke über die Aare eröffnet", {"Startseite", "Region", "Neue Brücke über die Aare eröffnet"}},
        {"Home » Ricette » Torta di mele della nonna", {"Home", "Ricette", "Torta di mele della nonna"}},
        {"Un puerto en crisis – El Diario del Sur", {"Un puerto en crisis", "El Diario del Sur"}},
        {"Kraków • Nowy most otwarty", {"Kraków", "Nowy most otwarty"}},
        // A separator opening the line, or set off by tabs.
        {"› Sport › Ein neuer Rekord am Thunersee", {"Sport", "Ein neuer Rekord am Thunersee"}},
        {"Orchard news\t::\tApple harvest starts early", {"Orchard news", "Apple harvest starts early"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(title_pieces(r.line) == r.pieces);
    }
    // No free-standing separator: no pieces ("Jean-Marc", "2G/3G", a dash glued to a word).
    for (const char* line : {"Jean-Marc Dupont sera candidat", "Was gilt für 2G/3G?", "Flood barriers hold",
                             "Von Bern -> nach Thun", "---- Ende der Meldung"}) {
        INFO(line);
        CHECK(title_pieces(line).empty());
    }
    CHECK(title_variant("Les vendanges commencent tôt", "Le Courrier du Lac - Les vendanges commencent tôt"));
    CHECK_FALSE(title_variant("Les vendanges", "Le Courrier du Lac - Les vendanges commencent tôt"));
    // Where the pieces stand: from a piece's first token to the end of its last, the white space kept as printed.
    using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
    CHECK(title_piece_spans("Ferry news | Harbour  Weekly") == Spans{{0, 10}, {13, 28}});
    CHECK(title_piece_spans("› Sport › Rekord am See") == Spans{{4, 9}, {14, 27}});
    CHECK(title_piece_spans("Jean-Marc Dupont sera candidat").empty());
    // The separator at every place of the eight-byte steps that look for it, among spaces before letters.
    for (std::size_t k = 1; k <= 17; ++k) {
        const std::string head = "Quay " + std::string(k, 'o') + " Ferry times";
        INFO(head);
        CHECK(title_pieces(head + " | Lindholm Post") == std::vector<std::string>{head, "Lindholm Post"});
        CHECK(title_pieces(head + " of the Lindholm Post").empty());
    }
}

TEST_CASE("a final full stop may close an abbreviation of capitals", "[classify][headline]") {
    for (const char* line : {"What Winter Does Beneath N.Y.C.", "Tariffs rise again in the U.S.",
                             "Neue Regeln für die U.S.A."}) {
        INFO(line);
        CHECK(ends_with_abbreviation(line));
        CHECK(headline_like(block_of(line)));
    }
    for (const char* line : {"The mayor spoke on Monday.", "Il a parlé à 10 h.", "Siehe S."}) {
        INFO(line);
        CHECK_FALSE(ends_with_abbreviation(line));
    }
}

TEST_CASE("the headline is told from menus, standfirsts and captions", "[classify][headline]") {
    struct Row {
        const char* name;
        const char* language;
        const char* page;
        const char* headline;
    };
    const Row rows[] = {
        // A headline printed twice (heading and alt text) is not a caption.
        {"printed twice", "en", R"(Home
World
Business
Harbour cranes return to the old docks
Harbour cranes return to the old docks
By Jane Roe
Three new cranes were lifted onto the quay of the old docks on Tuesday, the port authority said, the first in forty years.
The cranes will load container barges that travel up the river to the inland terminals of the region.
)", "Harbour cranes return to the old docks"},
        // Headline, then a standfirst without final punctuation: the line above wins.
        {"standfirst below", "pt", R"(Início
Esportes
Cidade inaugura ponte sobre o rio Verde
Obra custou 12 milhões e liga os dois bairros da cidade
Compartilhar
A prefeitura inaugurou nesta segunda a nova ponte sobre o rio Verde, que liga os dois bairros da cidade.
Segundo a prefeitura, a obra custou 12 milhões e levou dois anos para ser concluída pelos operários.
)", "Cidade inaugura ponte sobre o rio Verde"},
        // A title bar repeats the headline with the site name; the menu labels around it do not count.
        {"title bar", "de", R"(Neue Brücke über die Aare eröffnet | Aargauer Bote
Startseite
Region
Sport
Kultur
Neue Brücke über die Aare eröffnet
Nach zwei Jahren Bauzeit ist die neue Brücke über die Aare am Samstag für den Verkehr freigegeben worden.
Die Brücke ersetzt einen Bau aus dem Jahr 1921, der für die heutigen Lastwagen zu schwach geworden war.
)", "Neue Brücke über die Aare eröffnet"},
        // A headline under the lead picture's caption and credit, after a date line.
        {"date above, caption below", "fr", R"(Accueil
Le journal
Publié le 3 mars 2025
Les vendanges commencent tôt en Lavaux
Un vigneron dans ses vignes au-dessus du lac.
Photo: Keystone
Les vendanges ont commencé lundi en Lavaux, deux semaines plus tôt que d'habitude à cause de la chaleur de l'été.
Les vignerons attendent une récolte de bonne qualité, mais moins abondante que celle de l'année passée.
)", "Les vendanges commencent tôt en Lavaux"},
        // A headline right over the lead picture's credit is not its caption.
        {"over a credit", "es", R"(Portada
Economía
El puerto de Rosario pierde carga por la sequía
Foto: EFE
12.03.2024
El puerto de Rosario movió este invierno un tercio menos de carga que el año pasado, según la autoridad portuaria.
La bajada del río obliga a los barcos a salir con menos peso, y las empresas buscan otras rutas hacia el mar.
)", "El puerto de Rosario pierde carga por la sequía"},
        // A teaser paragraph and a date line before the headline.
        {"teaser first", "de", R"(Startseite
Politik
Die Stadt will die alte Brücke bis zum Sommer abreissen lassen und durch einen Neubau aus Stahl ersetzen.
6. November 2023
Stadtrat will alte Brücke bis zum Sommer abreissen
Die Aussage des Stadtrats, dass die alte Brücke bis zum Sommer weichen muss, hat am Montag für Unruhe gesorgt.
Anwohner befürchten monatelange Umleitungen durch die engen Gassen der Altstadt, wenn die Brücke fehlt.
)", "Stadtrat will alte Brücke bis zum Sommer abreissen"},
        // Share buttons and tags between the headline and the article do not push it away; a heading inside
        // the article does not replace it.
        {"buttons between", "en", R"(Home
How to Stop Buying Things You Do Not Need
Jane Roe
Share to Facebook
Share to Twitter
Share to Pinterest
Filed to: money
shopping
saving money
personal finance
mind tricks
budgets
Go to permalink
Most of us end up buying a gadget now and then that sits in a drawer afterwards, and that is fine once in a while.
Understand How Shops Make You Buy Things
Shops use many tricks to make you buy more things, from the music they play to the smell of fresh bread.
Once you know the tricks, it is much easier to walk past the shelves without buying things you do not need.
)", "How to Stop Buying Things You Do Not Need"},
        // A headline printed three times (title bar, share box, related list) far above the article beats the
        // gallery caption right over it.
        {"printed three times", "en", R"(The Daily Courier
Harbour strike stalls grain exports
Sign In
Subscribe
World
Harbour strike stalls grain exports
Share on Facebook
Share on Twitter
Share via Email
Print Article
Comments
1 of 12
Full Screen
Dock workers block the gates of the grain terminal on Monday
View Photos
Dock workers at the grain terminal stopped work on Monday, and no ship has been loaded with grain since then, the port said.
The strike is about wages and the length of shifts, which the union says have grown to twelve hours at the grain terminal.
Exporters warned that the grain harvest could not be shipped in time if the strike lasted more than a week.
More stories
Harbour strike stalls grain exports
)", "Harbour strike stalls grain exports"},
        // A date line right under the headline vouches for it against a teaser line nearer the article.
        {"date under it", "pl", R"(Strona główna
Wiadomości
Nowy most na Wiśle otwarty dla kierowców
12 marca 2024
Most na Wiśle skróci dojazd kierowców do centrum miasta o kilkanaście minut
Most łączy dwie dzielnice miasta i ma skrócić dojazd do centrum o kilkanaście minut, podał urząd.
Budowa trwała trzy lata i kosztowała ponad dwieście milionów złotych, a prace zakończono przed terminem.
)", "Nowy most na Wiśle otwarty dla kierowców"},
        // A one-word title right over the article, under a menu.
        {"one word", "it", R"(Home
Chi siamo
Contatti
Ricette
Castagnaccio
Il castagnaccio è un dolce povero delle zone dell'Appennino, fatto con farina di castagne, acqua e olio.
Si cuoce in forno per circa quaranta minuti, finché la superficie non si copre di piccole crepe.
)", "Castagnaccio"},
        // The headline printed again in a list of articles, a short standfirst a few lines under it printed once.
        {"printed again, standfirst not", "de", R"(Startseite
Politik
Wahlsieg der Bürgerpartei im Kanton Bern
Teilen
Drucken
Bürgerpartei gewinnt deutlich im Kanton
Die Bürgerpartei gewinnt deutlich: Bei den Wahlen im Kanton Bern erhielt sie 48 Prozent der Stimmen, wie die Behörden mitteilten.
Die Bürgerpartei stellt damit deutlich mehr Gemeinderäte im Kanton Bern als bei den letzten Wahlen vor vier Jahren.
Weitere Artikel
Wahlsieg der Bürgerpartei im Kanton Bern
)", "Wahlsieg der Bürgerpartei im Kanton Bern"},
        {"printed again, standfirst not (pt)", "pt", R"(Início
Cidades
Inauguração da ponte nova no bairro Verde
Compartilhar
Imprimir
Ponte nova custou doze milhões
A ponte nova custou doze milhões e liga agora os dois lados do bairro Verde, informou a prefeitura nesta segunda.
Segundo a prefeitura, a ponte nova que custou doze milhões deve receber dez mil carros por dia no bairro Verde.
Mais lidas
Inauguração da ponte nova no bairro Verde
)", "Inauguração da ponte nova no bairro Verde"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        Article a = classify(segment(r.page), r.language);
        CHECK(a.headline == r.headline);
        for (const auto& m : a.media)
            CHECK(m.caption != std::optional<std::string>(r.headline));
    }
}

TEST_CASE("a technical heading may open with an element's name or a piece of code", "[classify][heading]") {
    for (const char* line : {"<ul> List of <img>", "<section> et <article>", "<table> mit fester Breite",
                             "`git rebase` step by step", "`npm install` falla en Windows"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
    // An arrow, an unclosed bracket or a sentence are no element's name.
    for (const char* line : {"<3 the new site", "<- back to the list", "< 5 minutes walk", "`git rebase` rewrites it.",
                             "<a very long name of something that is no element at all> here"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
}

TEST_CASE("section headings: quoted openings, short questions, French guillemets", "[classify][heading]") {
    for (const char* line : {"‘Record’ numbers on the coast", "«Non» au nouveau tracé", "„Kein Geld“ für die Bahn",
                             "Les « boîtes noires »", "Die ‹ Netze › der Stadt"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
    // A whole quotation, or a quoted sentence with its author, is somebody's words, not a heading.
    for (const char* line : {"‘We need to listen’", "«Nous ne céderons pas»", "„Wir bleiben hier“",
                             "“The bridge will not open this year.” ― A reader", "«Ce pont ne sert à rien», Jean"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
    for (const char* line : {"What now?", "Warum jetzt?", "¿Y ahora qué?", "Et après ?"}) {
        INFO(line);
        CHECK(question_heading(block_of(line)));
    }
    for (const char* line : {"Why did the council wait until the last week of the year to vote?", "What now."}) {
        INFO(line);
        CHECK_FALSE(question_heading(block_of(line)));
    }
}

TEST_CASE("short labels printed again and again are boilerplate", "[classify][boilerplate]") {
    auto blocks = segment("Advertising\nThe harbour reopened on Monday.\nAdvertising\nAnzeige\nPubblicità\nAnzeige\n"
                          "Il porto ha riaperto lunedì.\nIl porto ha riaperto lunedì.\n");
    struct Row {
        std::size_t block;
        bool label;
    };
    const Row rows[] = {{0, true}, {1, false}, {2, true}, {3, true}, {4, false}, {6, false}};
    for (const auto& r : rows) {
        INFO(blocks[r.block].text);
        CHECK(repeated_label(blocks[r.block]) == r.label);
    }
}

TEST_CASE("a short post closed by its sharing box keeps its place against the author box under it", "[classify][region]") {
    const char* page = R"(Harbour Radio
Home
Episodes
Episode 12: Live from the harbour festival
Published on 3 May 2024 by Jane Doe
We recorded this episode live on the quay of the harbour festival, with the ferry captains and the fish sellers.
Download: mp3
Share this:
Twitter
Facebook
Like this:
Similar posts
Posted in Podcasts | Tagged harbour, festival, radio
About Jane Doe
Jane Doe has hosted Harbour Radio since its first episode and writes about ships, ports and the people who work there for several magazines, and she teaches radio at the school of journalism in the old town.
Leave a Reply
)";
    Article a = classify(segment(page), "en");
    REQUIRE(a.sections.size() == 1);
    REQUIRE(a.sections[0].paragraphs.size() == 1);
    CHECK(a.sections[0].paragraphs[0].rfind("We recorded this episode live", 0) == 0);
}

TEST_CASE("a short sentence between the headline and the article opens the article", "[classify][region]") {
    struct Row {
        const char* page;
        const char* language;
        const char* first;
    };
    const Row rows[] = {
        {"Harbour Weekly\nHome\nNews\nSport\nContact\nAlles vorbei! Die Fähren fahren wieder\n"
         "Der Winter ist endlich vorbei.\n"
         "Die Fähren zu den Inseln fahren seit Montag wieder vom Ostkai ab, nachdem der nördliche Kai den ganzen "
         "Winter über repariert worden war.\n"
         "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.\n"
         "Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters gesperrt war.\n"
         "Impressum\nDatenschutz\n",
         "de", "Der Winter ist endlich vorbei."},
        {"Harbour Weekly\nHome\nNews\nSport\nContact\nFerries are back on the eastern pier\n"
         "It all started with a storm.\n"
         "The ferries to the islands run again from the eastern pier after a winter of repairs on the northern "
         "quay, the harbour office said on Monday.\n"
         "The harbour master said the new moorings were safer than the old ones and would last for many years.\n"
         "Fishermen welcomed the works, although the quay was closed for most of the winter.\n"
         "Imprint\nPrivacy\n",
         "en", "It all started with a storm."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.language);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] == r.first);
    }
}

TEST_CASE("a subtitle right under the headline opens the article's text", "[classify][region]") {
    // Headline, a title line of a few words without a full stop, then the paragraphs: the subtitle belongs to the
    // body (as its first heading or paragraph), not to the page's boilerplate.
    struct Row {
        const char* language;
        const char* headline;
        const char* subtitle;
        const char* text; // three paragraphs
    };
    const Row rows[] = {
        {"en", "Old crane returns to the Wendle quay", "Forty years on the quay and still lifting every morning",
         "The old harbour crane of Wendle went back to work on Monday after two winters of repairs in the yard.\n"
         "Its new cables were made in the town, and the harbour office says it will lift boats for twenty years.\n"
         "The fishermen of the eastern pier gathered to watch the first boat rise out of the water at dawn.\n"},
        {"de", "Der alte Kran kehrt an den Kai zurück", "Seit vierzig Jahren am Hafen und noch jeden Morgen im Einsatz",
         "Der alte Hafenkran von Wendle hat am Montag nach zwei Wintern in der Werft seine Arbeit wieder "
         "aufgenommen.\n"
         "Seine neuen Seile wurden in der Stadt gefertigt, und das Hafenamt rechnet mit zwanzig weiteren Jahren.\n"
         "Die Fischer vom Ostkai kamen zusammen, um das erste Boot bei Sonnenaufgang aus dem Wasser steigen zu "
         "sehen.\n"},
        {"fr", "La vieille grue revient sur le quai de Wendle", "Quarante ans sur le port et toujours au travail chaque matin",
         "La vieille grue du port de Wendle a repris le travail lundi après deux hivers de réparations au chantier.\n"
         "Ses nouveaux câbles ont été fabriqués en ville, et la capitainerie compte sur elle pour vingt ans encore.\n"
         "Les pêcheurs du quai est se sont réunis pour voir le premier bateau sortir de l'eau à l'aube.\n"},
        {"es", "La vieja grúa vuelve al muelle de Wendle", "Cuarenta años en el puerto y todavía trabajando cada mañana",
         "La vieja grúa del puerto de Wendle volvió al trabajo el lunes tras dos inviernos de reparaciones en el "
         "astillero.\n"
         "Sus nuevos cables se hicieron en la ciudad, y la capitanía cuenta con ella para otros veinte años.\n"
         "Los pescadores del muelle este se reunieron para ver el primer barco salir del agua al amanecer.\n"},
    };
    for (const auto& r : rows) {
        std::string page = std::string("Harbour Weekly\nHome\nNews\nSport\nContact\n") + r.headline + "\n" +
                           r.subtitle + "\n" + r.text + "Imprint\nPrivacy\n";
        INFO(page);
        Article a = classify(segment(page), r.language);
        CHECK(a.headline == r.headline);
        REQUIRE(!a.sections.empty());
        const Section& first = a.sections.front();
        bool kept = (first.heading && *first.heading == r.subtitle) ||
                    (!first.paragraphs.empty() && first.paragraphs.front() == r.subtitle);
        CHECK(kept);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.subtitle) == a.boilerplate.end());
    }
    // "Old crane returns, Wendle quay, photo via": the headline's words again under it label its picture.
    const Row labels[] = {
        {"en", "Old crane returns to the Wendle quay", "Old crane returns, Wendle quay, photo via", rows[0].text},
        {"de", "Der alte Kran kehrt an den Kai zurück", "Der alte Kran, Kai Wendle, Bild via", rows[1].text},
    };
    for (const auto& r : labels) {
        std::string page = std::string("Harbour Weekly\nHome\nNews\nSport\nContact\n") + r.headline + "\n" +
                           r.subtitle + "\n" + r.text + "Imprint\nPrivacy\n";
        INFO(page);
        Article a = classify(segment(page), r.language);
        REQUIRE(!a.sections.empty());
        CHECK(!a.sections.front().heading);
        const auto& first = a.sections.front().paragraphs;
        CHECK(std::find(first.begin(), first.end(), r.subtitle) == first.end());
    }
}

TEST_CASE("the text of a box over the site's menu does not open the article under it", "[classify][region]") {
    struct Row {
        const char* language;
        const char* box;  // two sentences of a box presenting a service of the site
        const char* menu; // its menu, ten lines and more
        const char* article;
    };
    const Row rows[] = {
        {"en",
         "Ask our nurses about your winter cough and get an answer from a specialist within two days, free of charge.\n\n"
         "Our nurses reply to the questions of readers every week, and the best answers are printed on Sundays.\n\n",
         "Get answers\n\nNewsletters\n\nSign In\n\nSign Up\n\nSubscribe\n\nMy Account\n\nHealth Topics\n\nDrugs\n\n"
         "Living Healthy\n\nFamily\n\nPrint\n\nFont Size\n\n",
         "Winter colds: what helps and what does not\n\nBy Jane Roe\n\n"
         "Every winter, the clinics of the harbour district see twice as many patients with colds as in summer.\n\n"
         "Doctors say that rest, warm drinks and patience help more than most of the remedies sold at the chemist's.\n\n"
         "Antibiotics do nothing against the viruses that cause colds, and taking them without need weakens them.\n\n"
         "The clinic will hold an evening of questions and answers on the first Tuesday of December.\n"},
        {"de",
         "Fragen Sie unsere Pflegerinnen nach Ihrem Winterhusten und erhalten Sie in zwei Tagen eine Antwort vom Arzt.\n\n"
         "Unsere Pflegerinnen beantworten jede Woche die Fragen der Leser, die besten Antworten erscheinen am Sonntag.\n\n",
         "Antworten\n\nNewsletter\n\nAnmelden\n\nRegistrieren\n\nAbo\n\nMein Konto\n\nGesundheit\n\nMedikamente\n\n"
         "Gesund leben\n\nFamilie\n\nDrucken\n\nSchriftgröße\n\n",
         "Erkältung im Winter: was hilft und was nicht\n\nVon Jana Roth\n\n"
         "Jeden Winter sehen die Praxen im Hafenviertel doppelt so viele Patienten mit Erkältung wie im Sommer.\n\n"
         "Ruhe, warme Getränke und Geduld helfen nach Ansicht der Ärzte mehr als die meisten Mittel aus der Apotheke.\n\n"
         "Antibiotika helfen nicht gegen die Viren, die eine Erkältung auslösen, und ohne Not genommen wirken sie schwächer.\n\n"
         "Die Praxis lädt am ersten Dienstag im Dezember zu einem Abend mit Fragen und Antworten ins Rathaus ein.\n"},
        {"fr",
         "Posez vos questions sur votre toux d'hiver à nos infirmières et recevez en deux jours la réponse d'un médecin.\n\n"
         "Nos infirmières répondent chaque semaine aux questions des lecteurs, et les meilleures réponses paraissent le dimanche.\n\n",
         "Réponses\n\nLettres\n\nConnexion\n\nInscription\n\nAbonnement\n\nMon compte\n\nSanté\n\nMédicaments\n\n"
         "Bien vivre\n\nFamille\n\nImprimer\n\nTaille du texte\n\n",
         "Rhume d'hiver : ce qui aide et ce qui n'aide pas\n\nPar Jeanne Roux\n\n"
         "Chaque hiver, les cabinets du quartier du port voient deux fois plus de patients enrhumés qu'en été.\n\n"
         "Le repos, les boissons chaudes et la patience aident plus que la plupart des remèdes vendus en pharmacie.\n\n"
         "Les antibiotiques ne font rien contre les virus du rhume, et les prendre sans besoin les rend moins efficaces.\n\n"
         "Le cabinet organise une soirée de questions et de réponses le premier mardi de décembre à la mairie.\n"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        Article a = classify(segment(std::string("Harbour Health\n\n") + r.box + r.menu + r.article), r.language);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        std::string first = a.sections[0].paragraphs[0];
        CHECK(std::string_view(r.article).find(first) != std::string_view::npos);
    }
}

TEST_CASE("a news ticker beside the article does not carry the region", "[classify][region][ticker]") {
    for (const char* line : {"14:44 Ferries return to the eastern pier", "9:05 Le conseil vote le budget du port",
                             "13:18 Neue Fähre für die Inseln bestellt", "11:20 Rada miasta przyjęła budżet portu"}) {
        INFO(line);
        CHECK(ticker_line(line));
    }
    for (const char* line : {"6:05 p.m.", "14:44", "10:30 Uhr Empfang im Rathaus", "12.05.2024 Ferries return to the pier",
                             "14:44 ferries", "Ferries return at 14:44 to the pier"}) {
        INFO(line);
        CHECK_FALSE(ticker_line(line));
    }
    std::string page = "Le Quotidien du Port\nAccueil\nLe port rouvre ses quais\n"
                       "Les ferries vers les îles partent de nouveau du quai est depuis lundi, après un hiver de "
                       "travaux sur le quai nord.\n"
                       "Le capitaine du port a déclaré que les nouveaux amarrages étaient plus sûrs que les anciens.\n"
                       "Les pêcheurs ont salué les travaux, même si le quai a été fermé presque tout l'hiver.\n"
                       "Direct\n";
    for (char hour = '0'; hour < '5'; ++hour) {
        page += '1';
        page += hour;
        page += ":15 Le conseil municipal vote un nouveau budget\n"
                "Le conseil municipal a voté lundi soir un nouveau budget pour la rénovation des écoles de la "
                "vieille ville, après un long débat sur le coût des travaux et le calendrier du chantier.\n";
    }
    Article a = classify(segment(page), "fr");
    std::size_t paragraphs = 0;
    for (const auto& sec : a.sections)
        paragraphs += sec.paragraphs.size();
    CHECK(paragraphs == 3);
}

TEST_CASE("a box of related links between two paragraphs does not end the article", "[classify][region][box]") {
    struct Row {
        const char* box;
        const char* language;
    };
    // The article in English, the box titled as on pages in other languages.
    const Row rows[] = {{"Related articles", "en"}, {"Artículos relacionados", ""}, {"Ähnliche Artikel", ""}};
    for (const auto& r : rows) {
        std::string page = "Harbour Weekly\nNews\nFerries return to the eastern pier\n"
                           "The ferries to the islands run again from the eastern pier after a winter of repairs on "
                           "the northern quay, the harbour office said on Monday.\n"
                           "The harbour master said the new moorings were safer than the old ones and would last for "
                           "many years, even in the storms of the autumn.\n";
        page += r.box;
        page += "\nNew timetable for the island ferries\nThe old lighthouse reopens to visitors\n"
                "Fishermen welcomed the works, although the quay was closed for most of the winter and they lost "
                "many days at sea.\n"
                "The council will vote on the final bill in the spring, when the summer timetable of the ferries "
                "begins and the first tourists arrive.\nImprint\n";
        INFO(r.box);
        Article a = classify(segment(page), r.language);
        std::vector<std::string> paragraphs;
        for (const auto& sec : a.sections) {
            CHECK_FALSE(sec.heading);
            paragraphs.insert(paragraphs.end(), sec.paragraphs.begin(), sec.paragraphs.end());
        }
        CHECK(paragraphs.size() == 4);
    }
}

TEST_CASE("a comment thread longer than the article does not take its place", "[classify][region]") {
    std::string page = R"(Startseite
Blog
Scherenschnitte am Abend
Am Abend stand die Stadt schwarz vor dem roten Himmel, und ich habe die Kamera auf das Geländer der Brücke gestellt.
Die Belichtung dauerte vier Sekunden, und trotzdem ist das Bild scharf geworden, was mich sehr gefreut hat.
Beim zweiten Bild ist ein Flugzeug durch das Bild geflogen, dessen Kondensstreifen nun quer über dem Himmel liegt.
Ähnliche Beiträge
4 Kommentare zu „Scherenschnitte am Abend“
)";
    for (int k = 0; k < 4; ++k)
        page += "Anna sagt:\nDas ist ein wunderschönes Bild geworden, die Farben des Himmels sind wirklich ganz "
                "besonders und ich würde es mir sofort an die Wand hängen, wenn ich könnte.\n";
    Article a = classify(segment(page), "de");
    CHECK(a.headline == "Scherenschnitte am Abend");
    REQUIRE(a.sections.size() == 1);
    CHECK(a.sections[0].paragraphs.size() == 3);
}

TEST_CASE("a credit makes the short line above it a caption, not a long paragraph", "[classify][caption]") {
    const char* page = R"(Accueil
Les vendanges commencent tôt en Lavaux
Les vendanges ont commencé lundi en Lavaux, deux semaines plus tôt que d'habitude à cause de la chaleur de l'été.
Un vigneron dans ses vignes au-dessus du lac.
Photo: Keystone
Les vignerons attendent une récolte de bonne qualité, mais moins abondante que celle de l'année passée, car la grêle du mois de juin a touché plusieurs parcelles des coteaux les plus exposés, et certains domaines ont déjà annoncé qu'ils vendraient moins de bouteilles que prévu cette année, ce qui inquiète les restaurateurs de la région.
Photo: Jean Dupont
Les premiers raisins seront pressés dès mercredi dans les caves des villages de la région.
)";
    Article a = classify(segment(page), "fr");
    REQUIRE(a.media.size() == 2);
    CHECK(a.media[0].caption == std::optional<std::string>("Un vigneron dans ses vignes au-dessus du lac."));
    CHECK_FALSE(a.media[1].caption);
}

TEST_CASE("a longer caption closed by a picture's credit is a caption, a paragraph closed by its source is not",
          "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* page;    // a title, a paragraph, the caption, two paragraphs, the last closed by its source
        const char* caption; // the caption without its credit
        const char* credit;
        const char* sourced; // the start of the paragraph closed by its source
    };
    const Row rows[] = {
        {"en", R"(Harbour Weekly
Volunteers rebuild the flooded quay
Volunteers from the whole coast came to Wendle on Saturday to clear the mud that the flood left on the quay.
Volunteers carry sandbags along the flooded quay of Wendle, where the water rose over the berths on Friday night, while the harbour master and two engineers check the damage to the old crane and the fish market. Photo: Tom Fisher/Harbour Aid
The harbour master said the berths would be open again within a week, and the ferries would run as usual.
The council will ask the region for money to raise the quay before the next winter storms, as it did after the flood of ten years ago, when the water stood in the market hall for three days. (Source: Coast News)
)",
         "Volunteers carry sandbags along the flooded quay of Wendle", "Photo: Tom Fisher/Harbour Aid",
         "The council will ask the region"},
        {"de", R"(Hafenblatt
Freiwillige räumen den überfluteten Kai
Freiwillige von der ganzen Küste kamen am Samstag nach Wendel, um den Schlamm vom Kai zu räumen, den die Flut hinterlassen hat.
Helfer tragen Sandsäcke über den überfluteten Kai von Wendel, wo das Wasser in der Nacht zum Freitag über die Liegeplätze stieg, während der Hafenmeister und zwei Ingenieure die Schäden am alten Kran und am Fischmarkt prüfen. Foto: Lena Brandt/Hafenhilfe
Der Hafenmeister sagte, die Liegeplätze würden innerhalb einer Woche wieder geöffnet, und die Fähren führen wie gewohnt.
Der Gemeinderat will die Region um Geld bitten, um den Kai vor den nächsten Winterstürmen zu erhöhen, wie schon nach der Flut vor zehn Jahren, als das Wasser drei Tage in der Markthalle stand. (Quelle: Küstenbote)
)",
         "Helfer tragen Sandsäcke über den überfluteten Kai von Wendel", "Foto: Lena Brandt/Hafenhilfe",
         "Der Gemeinderat will die Region"},
        {"fr", R"(Le Courrier du Port
Des bénévoles nettoient le quai inondé
Des bénévoles de toute la côte sont venus samedi à Lorval pour enlever la boue que la crue a laissée sur le quai.
Des bénévoles portent des sacs de sable le long du quai inondé de Lorval, où l'eau est montée au-dessus des pontons vendredi soir, pendant que le capitaine du port et deux ingénieurs examinent la vieille grue et la halle aux poissons. Photo : Jeanne Morel/Capitainerie
Le capitaine du port a dit que les pontons rouvriraient dans la semaine et que les ferries circuleraient comme d'habitude.
Le conseil demandera de l'argent à la région pour surélever le quai avant les prochaines tempêtes d'hiver, comme il l'avait fait après la crue d'il y a dix ans, quand l'eau était restée trois jours dans la halle. (Source : Le Littoral)
)",
         "Des bénévoles portent des sacs de sable le long du quai", "Photo : Jeanne Morel/Capitainerie",
         "Le conseil demandera de l'argent"},
        {"es", R"(El Diario del Puerto
Voluntarios limpian el muelle inundado
Voluntarios de toda la costa llegaron el sábado a Valdora para quitar el barro que la crecida dejó en el muelle.
Voluntarios llevan sacos de arena por el muelle inundado de Valdora, donde el agua subió sobre los amarres el viernes por la noche, mientras el capitán del puerto y dos ingenieros revisan la vieja grúa y la lonja del pescado. Foto: Ana Vidal/Ayuda del Puerto
El capitán del puerto dijo que los amarres volverían a abrir en una semana y que los transbordadores saldrían como siempre.
El ayuntamiento pedirá dinero a la región para elevar el muelle antes de las próximas tormentas de invierno, como hizo tras la crecida de hace diez años, cuando el agua estuvo tres días en el mercado. (Fuente: La Costa)
)",
         "Voluntarios llevan sacos de arena por el muelle inundado", "Foto: Ana Vidal/Ayuda del Puerto",
         "El ayuntamiento pedirá dinero"},
        // The credit glued to the caption's full stop, or its label in capitals.
        {"en", R"(Harbour Weekly
Divers search the harbour for the lost anchor
Divers from the coast guard spent Sunday looking for the anchor that the old ferry lost in the storm last week.
A diver climbs back onto the coast guard's boat near the eastern pier of Wendle, where the anchor of the old ferry was last seen on Tuesday, while two harbour workers hold the rope and the skipper watches the weather.Photo: Tom Fisher/Harbour Aid
The coast guard said the search would go on until the end of the month, when the water gets too cold for the divers.
The anchor weighs two tonnes and was made for the ferry in the harbour's own forge, which closed long ago, so that a new one would have to come from abroad at a high price. (Source: Coast News)
)",
         "A diver climbs back onto the coast guard's boat", "Photo: Tom Fisher/Harbour Aid", "The anchor weighs two tonnes"},
        {"de", R"(Hafenblatt
Taucher suchen den verlorenen Anker
Taucher der Küstenwache suchten am Sonntag nach dem Anker, den die alte Fähre beim Sturm in der letzten Woche verloren hat.
Ein Taucher steigt am östlichen Steg von Wendel zurück auf das Boot der Küstenwache, wo der Anker der alten Fähre am Dienstag zuletzt gesehen wurde, während zwei Hafenarbeiter das Seil halten und der Schiffer das Wetter beobachtet. FOTO: Lena Brandt/Hafenhilfe
Die Küstenwache sagte, die Suche gehe bis zum Ende des Monats weiter, wenn das Wasser für die Taucher zu kalt wird.
Der Anker wiegt zwei Tonnen und wurde damals in der alten Schmiede des Hafens gefertigt, die schon seit vielen Jahren geschlossen ist, sodass ein neuer Anker für viel Geld aus dem Ausland kommen müsste. (Quelle: Küstenbote)
)",
         "Ein Taucher steigt am östlichen Steg von Wendel", "FOTO: Lena Brandt/Hafenhilfe", "Der Anker wiegt zwei Tonnen"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        auto media = std::find_if(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption && m.caption->starts_with(r.caption);
        });
        REQUIRE(media != a.media.end());
        CHECK(media->credit == std::optional<std::string>(r.credit));
        bool caption_in_body = false, sourced_in_body = false;
        for (const auto& sec : a.sections)
            for (const auto& para : sec.paragraphs) {
                caption_in_body = caption_in_body || para.starts_with(r.caption);
                sourced_in_body = sourced_in_body || para.starts_with(r.sourced);
            }
        CHECK_FALSE(caption_in_body);
        CHECK(sourced_in_body);
    }
}

TEST_CASE("a block's picture credit labels are counted with its words, wherever the credit is glued",
          "[classify][caption]") {
    // The count that settles most long lines before their end is searched for a credit: the label is a word of its
    // own after a space, a full stop or a parenthesis, in capitals or not; a longer word opening with it is none.
    constexpr auto tag = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(picture_label)));
    struct Row {
        const char* line;
        int labels;
    };
    const Row rows[] = {
        {"The pier at dawn. Photo: Tom Fisher", 1},
        {"Der Kai am Morgen.Foto: Lena Brandt", 1},
        {"Le quai au matin (PHOTO : Jeanne Morel)", 1},
        {"El muelle al amanecer. Fotos: Ana Vidal", 1},
        {"The pier at dawn. Photograph: Tom Fisher", 0},
        {"Fotografen warten am Kai auf die Fähre", 0},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].notice_tags[tag] == r.labels);
    }
}

TEST_CASE("a caption after its label is a caption, not a paragraph", "[classify][caption]") {
    struct Row {
        const char* line;
        const char* caption; // nullptr: no labelled caption
    };
    const Row rows[] = {
        {"Media caption The mayor of Wendle opens the new pier", "The mayor of Wendle opens the new pier"},
        {"Image caption Ferries wait at the eastern quay", "Ferries wait at the eastern quay"},
        {"Bildunterschrift: Der neue Kai am Morgen nach dem Sturm", "Der neue Kai am Morgen nach dem Sturm"},
        {"Légende : Le quai de Lorval après la tempête", "Le quai de Lorval après la tempête"},
        {"Pie de foto: El muelle de Valdora al amanecer", "El muelle de Valdora al amanecer"},
        // Labels opening with the same letter ("photo caption", "pie de foto", "podpis zdjęcia") are told apart.
        {"Photo caption A ferry leaves the eastern quay at dawn", "A ferry leaves the eastern quay at dawn"},
        {"Podpis zdjęcia: Nabrzeże w Lorvalu o świcie", "Nabrzeże w Lorvalu o świcie"},
        {"Pier caption: the new berths of Wendle", nullptr},
        // A one-word label needs its colon; a label alone captions nothing.
        {"Caption of the figure", nullptr},
        {"Leyenda urbana del puerto de Valdora", nullptr},
        {"Media caption", nullptr},
        {"The caption of the picture was wrong.", nullptr},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto caption = labelled_caption(r.line);
        CHECK(caption.has_value() == (r.caption != nullptr));
        if (caption && r.caption)
            CHECK(*caption == r.caption);
    }
    const char* page = R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
Media caption The harbour master shows the new moorings
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
)";
    Article a = classify(segment(page), "en");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("The harbour master shows the new moorings"));
    for (const auto& sec : a.sections)
        for (const auto& para : sec.paragraphs)
            CHECK(para.find("Media caption") == std::string::npos);
}

TEST_CASE("a video's caption printed again under the player's label is a caption", "[classify][caption]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
Divers checked the new moorings of the eastern pier before the first ferry came in.
Caption
Divers checked the new moorings of the eastern pier before the first ferry came in.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
)", "Divers checked the new moorings of the eastern pier before the first ferry came in."},
        {"de", R"(Hafenblatt
Die Fähren fahren wieder vom Ostkai
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Taucher prüften die neuen Festmacher am Ostkai, bevor die erste Fähre anlegte.
Video
Taucher prüften die neuen Festmacher am Ostkai, bevor die erste Fähre anlegte.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war.
)", "Taucher prüften die neuen Festmacher am Ostkai, bevor die erste Fähre anlegte."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.line));
        for (const auto& para : test::paragraphs_of(a))
            CHECK(para != r.line);
    }
    // A title printed again under a label heads nothing twice; it is no caption.
    Article a = classify(segment(R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
The new moorings of the eastern pier
Map
The new moorings of the eastern pier
The harbour master said the new berths were safer than the old ones and would last for many years to come.
)"), "en");
    CHECK(a.media.empty());
}

TEST_CASE("over a credit, a text of more than thirty words is the article's, unless it ends with its own credit",
          "[classify][caption]") {
    struct Row {
        const char* language;
        const char* line;
        bool caption;
    };
    const Row rows[] = {
        // 37 words: the paragraph the picture follows.
        {"en", "The harbour master announced on Monday that the new ferry will sail to the islands twice a day from "
               "June, and the council hopes the faster boats will bring more visitors to the northern coast this summer.",
         false},
        {"de", "Der Hafenmeister kündigte am Montag an, dass die neue Fähre ab Juni zweimal am Tag zu den Inseln fährt, "
               "und der Gemeinderat hofft, dass die schnelleren Boote in diesem Sommer mehr Gäste an die Nordküste "
               "bringen werden.",
         false},
        // A caption as long, closed by the photographer's credit.
        {"en", "The new ferry leaves the eastern pier on its first trip to the islands on Monday morning, watched by "
               "the harbour master, the mayor and a crowd of fishermen from the northern villages. Jane Roe/Getty Images",
         true},
        // A caption of a sentence.
        {"de", "Die neue Fähre am Ostkai kurz vor ihrer ersten Fahrt zu den Inseln.", true},
    };
    for (const auto& r : rows) {
        std::string lang = r.language;
        std::string page = lang == "en" ? "Home\nNew ferry for the islands\nThe ferry to the islands was replaced after thirty "
                                          "years of service on the line between the eastern pier and the islands.\n"
                                        : "Startseite\nNeue Fähre für die Inseln\nDie Fähre zu den Inseln wurde nach dreißig "
                                          "Jahren im Dienst zwischen dem Ostkai und den Inseln ersetzt.\n";
        page += std::string(r.line) + "\nFoto: Hafenamt\n";
        page += lang == "en" ? "The first trips will be free for the people of the islands until the end of the month.\n"
                             : "Die ersten Fahrten sind für die Leute von den Inseln bis zum Ende des Monats kostenlos.\n";
        INFO(r.line);
        Article a = classify(segment(page), r.language);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.has_value() == r.caption);
    }
}

TEST_CASE("the line a paragraph announces with its colon is the article's, whatever its shape", "[classify][announced]") {
    const char* en = R"(Harbour Weekly
Local
How to reach the harbour office
The harbour office answers questions about berths, fees and the winter storage of boats on weekdays.
Since the spring the office also takes requests for berths by mail, at this address:
berths@harbour-office.example
The answers usually come within a week, and the waiting list for the summer is printed in the office.
Boats that stay over the winter must leave the quay before the first of April, the harbour master said.
)";
    const char* de = R"(Hafenblatt
Technik
So schalten Sie den Energiesparmodus der Pumpe aus
Die Pumpen im Hafen sparen im Winter Strom, laufen dann aber langsamer und füllen die Becken nicht schnell genug.
Wer den Modus für eine Pumpe ausschalten will, findet das Formular dafür auf dieser Seite:
www.hafenamt-nordby.example/pumpen/modus
Danach läuft die Pumpe wieder mit voller Kraft, bis der Modus im Formular zurückgesetzt wird.
Der Hafenmeister rät, den Modus nur bei Hochwasser oder bei starkem Frost auszuschalten.
)";
    for (auto [page, lang, line] : {std::tuple{en, "en", "berths@harbour-office.example"},
                                    std::tuple{de, "de", "www.hafenamt-nordby.example/pumpen/modus"}}) {
        INFO(lang);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(page), lang));
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(line)) != paragraphs.end());
    }
}

TEST_CASE("a few words closed by a colon over a paragraph announce it", "[classify][announced]") {
    // After a gallery's counter, credit and button, which make the short line look like boilerplate.
    const std::string gallery = "3\nPhoto: Jane Roe / Harbour Weekly\nOpen the gallery\n";
    for (auto [lang, label, text] :
         {std::tuple{"en", "Blind visitors:",
                     "When you meet a blind person on the quay, ask first whether they need help, and never pull them "
                     "by the arm."},
          std::tuple{"de", "Blinde Gäste:",
                     "Wer am Kai einem blinden Menschen begegnet, fragt zuerst, ob er Hilfe braucht, und zieht ihn "
                     "nie einfach am Arm."}}) {
        std::string page = std::string(lang) == "en"
                               ? "Harbour Weekly\nLocal\nHow to help a stranger on the quay\n"
                                 "Every summer thousands of visitors walk along the quays, and many of them need a "
                                 "little help now and then.\n"
                                 "The harbour office has written down a few simple rules that anybody can follow "
                                 "without any training.\n"
                               : "Hafenblatt\nLokales\nSo helfen Sie Fremden am Kai\n"
                                 "Jeden Sommer gehen Tausende Gäste über die Kais, und viele von ihnen brauchen ab und "
                                 "zu ein wenig Hilfe.\n"
                                 "Das Hafenamt hat ein paar einfache Regeln aufgeschrieben, die jeder ohne eine "
                                 "Schulung befolgen kann.\n";
        page += gallery + label + "\n" + text + "\n";
        INFO(lang);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(page), lang));
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(label)) != paragraphs.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(text)) != paragraphs.end());
    }
}

TEST_CASE("the rows of a table of facts inside the article stay, though one of them is mostly figures",
          "[classify][facts]") {
    struct Row {
        const char* language;
        const char* opening; // the page's top and the article's first paragraph
        std::vector<std::string> rows;
        const char* closing;
    };
    const Row pages[] = {
        {"en",
         "Harbour Weekly\nLocal\nNew prices for the island ferry\nThe ferry company announced on Monday new prices for "
         "the crossing to the islands, valid from the first of May.\n",
         {"Single ticket: 12 euros", "Season ticket: 240 euros", "Children under six: free",
          "Family: 2 x 12 + 2 x 6 = 36 euros"},
         "The council had asked the company to keep the prices for children low, and the company agreed to that "
         "request.\n"},
        {"de",
         "Hafenblatt\nLokales\nNeue Preise für die Inselfähre\nDie Reederei hat am Montag neue Preise für die Fahrt zu "
         "den Inseln bekanntgegeben, die ab dem ersten Mai gelten.\n",
         {"Einzelfahrt: 12 Euro", "Saisonkarte: 240 Euro", "Kinder unter sechs Jahren: frei",
          "Familie: 2 x 12 + 2 x 6 = 36 Euro"},
         "Der Gemeinderat hatte die Reederei gebeten, die Preise für Kinder niedrig zu halten, und sie hat "
         "zugestimmt.\n"},
        // A name and its figures, without a colon.
        {"en",
         "Harbour Weekly\nLocal\nLess fuel sold at the harbour\nThe harbour office published on Monday the fuel "
         "sold at its pumps in the last two years, in thousands of litres.\n",
         {"Diesel 32,2 30,1 -6,5 %", "Petrol 15,0 15,1 0,7 %", "Heating oil 14,3 9,9 -30,3 %"},
         "The office expects the sales to fall again next year, as more of the fishing boats run on electricity.\n"},
    };
    // A ticker's clock time and title, a sentence, a count: no rows.
    for (const char* line : {"14:44 Ferries return to the 2 piers", "The ferry left at 9 and came back at 11.",
                             "Kommentare (3)"}) {
        INFO(line);
        CHECK_FALSE(table_row(segment(line).at(0)));
    }
    for (const auto& pg : pages) {
        std::string page = pg.opening;
        for (const auto& row : pg.rows)
            page += row + "\n";
        page += pg.closing;
        INFO(pg.language);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(page), pg.language));
        for (const auto& row : pg.rows)
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), row) != paragraphs.end());
    }
}

TEST_CASE("a list of short items between two paragraphs is the article's, though one item is mostly figures",
          "[classify][list]") {
    struct Row {
        const char* language;
        std::string page;
        std::vector<std::string> items;
    };
    const std::vector<std::string> en_items = {"Free wireless internet on board", "A quiet room for reading",
                                               "Space for 40 bicycles", "2 x 220 V / 16 A"};
    const std::vector<std::string> de_items = {"Kostenloses Internet an Bord", "Ein ruhiger Raum zum Lesen",
                                               "Platz für 40 Fahrräder", "2 x 220 V / 16 A"};
    auto page_of = [](const std::string& top, const std::vector<std::string>& items, const std::string& bottom) {
        std::string page = top;
        for (const auto& item : items)
            page += item + "\n";
        return page + bottom;
    };
    const Row rows[] = {
        {"en",
         page_of("Harbour Weekly\nLocal\nWhat the new ferry offers\nThe new ferry to the islands was presented on "
                 "Monday, and the company listed what it offers its passengers.\n",
                 en_items,
                 "The first trips will be free for the people of the islands until the end of the month, the company "
                 "said.\n"),
         en_items},
        {"de",
         page_of("Hafenblatt\nLokales\nWas die neue Fähre bietet\nDie neue Fähre zu den Inseln wurde am Montag "
                 "vorgestellt, und die Reederei zählte auf, was sie ihren Gästen bietet.\n",
                 de_items,
                 "Die ersten Fahrten sind für die Leute von den Inseln bis zum Ende des Monats kostenlos, sagte die "
                 "Reederei.\n"),
         de_items},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(r.page), r.language));
        for (const auto& item : r.items)
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), item) != paragraphs.end());
    }
}

TEST_CASE("a Title Case heading may run to fourteen words, a sentence-case one to twelve", "[classify][heading]") {
    struct Row {
        const char* heading;
        bool heads;
    };
    const Row rows[] = {
        {"Find Out How Many Hours and Euros You Lose on the Bus Every Week", true},
        {"Was Sie Jetzt über die Neue Brücke und Ihre Umleitungen im Osten Wissen Müssen", true},
        {"what the council decided about the bridge and the detours on the east side", false},
    };
    for (const auto& r : rows) {
        std::string page = std::string("Opening\n") +
                           "The council met on Monday evening to discuss the bridge, which has been closed since spring.\n" +
                           r.heading + "\n" +
                           "The detour through the east side will stay in place until the end of the year, the mayor said.\n" +
                           "Residents asked for more buses on the detour, and the council agreed to study the request.\n";
        INFO(r.heading);
        Article a = classify(segment(page), "");
        bool found = false;
        for (const auto& s : a.sections)
            found = found || s.heading == std::optional<std::string>(r.heading);
        CHECK(found == r.heads);
    }
}

TEST_CASE("a long text printed twice is a teaser repeated as the lede, not a caption", "[classify][caption]") {
    const char* page = R"(Startseite
Neue Brücke über die Aare eröffnet
Nach zwei Jahren Bauzeit ist die neue Brücke über die Aare am Samstag für den Verkehr freigegeben worden, wie die Gemeinde mitteilte, und schon am ersten Tag fuhren mehr als dreitausend Autos, zahlreiche Lastwagen und viele Velos über den neuen Übergang zwischen den beiden Ortsteilen am Fluss.
Nach zwei Jahren Bauzeit ist die neue Brücke über die Aare am Samstag für den Verkehr freigegeben worden, wie die Gemeinde mitteilte, und schon am ersten Tag fuhren mehr als dreitausend Autos, zahlreiche Lastwagen und viele Velos über den neuen Übergang zwischen den beiden Ortsteilen am Fluss.
Die Brücke ersetzt einen Bau aus dem Jahr 1921, der für die heutigen Lastwagen zu schwach geworden war.
Der Gemeinderat zeigte sich am Samstag erleichtert, dass die Bauarbeiten im Zeitplan abgeschlossen wurden.
)";
    Article a = classify(segment(page), "de");
    CHECK(a.media.empty());
    CHECK(a.headline == "Neue Brücke über die Aare eröffnet");
}

TEST_CASE("a short sentence of prose stays text whatever its neighbours", "[classify][quality]") {
    struct Row {
        const char* line;
        const char* language;
        bool sentence;
    };
    const Row rows[] = {
        {"Here is what the new changeset looks like:", "en", true},
        {"The kiwi is a national icon of the country.", "en", true},
        {"Le pont a été fermé pendant la nuit.", "fr", true},
        {"Die Brücke bleibt bis Montag für alle gesperrt.", "de", true},
        {"“The ferry is not a toy. It is a lifeline for the islands.”", "en", true},
        {"„Die Fähre ist für die Inseln lebenswichtig.“", "de", true},
        {"« Le bac n'est pas un jouet, il est vital pour les îles. »", "fr", true},
        {"“see the schedule at the pier.”", "en", false},
        {"Sign in", "en", false},
        {"Share on Facebook", "en", false},
        {"Photo: Keystone", "de", false},
        {"see www.example.com for the schedule.", "en", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(short_sentence(block_of(r.line), r.language) == r.sentence);
    }
}

TEST_CASE("a reference mark after the final full stop keeps the sentence punctuated", "[classify][segment]") {
    struct Row {
        const char* line;
        bool end_punct;
    };
    const Row rows[] = {
        {"The harbour reopened in 1998.[12]", true},
        {"Le port a rouvert en 1998.[3][4]", true},
        {"Der Hafen wurde 1998 wieder eröffnet.[Anm. 2]", true},
        {"El puerto reabrió en 1998.[cita requerida]", true},
        {"History[edit]", false},
        {"Geschichte[Bearbeiten | Quelltext bearbeiten]", false},
        {"Le port [photo]", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_of(r.line).end_punct == r.end_punct);
    }
}

TEST_CASE("a wrapped paragraph ends at its short last line, though a heading follows without a blank line", "[classify][segment]") {
    const std::string en = "Harbour Report\n\n"
                           "The harbour of the old town reopened on Monday after a winter\n"
                           "of repairs on its northern quay. The works cost the city more\n"
                           "than it had planned, and the council will vote on the bill in\n"
                           "the spring.\n"
                           "The new moorings\n"
                           "Fishermen said the new moorings were safer than the old ones\n"
                           "and that the boats would be back before the season opened, as\n"
                           "the harbour master had promised.\n"
                           "Ferries\n"
                           "The ferry to the islands runs again from the eastern pier, twice\n"
                           "a day in winter and four times a day from the first of May, when\n"
                           "the summer timetable begins.\n";
    auto blocks = segment(en);
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[1].text.rfind("The harbour of the old town reopened", 0) == 0);
    CHECK(blocks[1].text.ends_with("the spring."));
    CHECK(blocks[2].text == "The new moorings");
    CHECK(blocks[4].text == "Ferries");
    CHECK(blocks[5].text.ends_with("the summer timetable begins."));
    const std::string de = "Der Hafen der Altstadt ist seit Montag wieder offen, nachdem der\n"
                           "nördliche Kai den ganzen Winter über repariert worden war. Die\n"
                           "Arbeiten haben mehr gekostet als geplant, und der Stadtrat wird\n"
                           "im Frühling abstimmen.\n"
                           "Die neuen Liegeplätze\n"
                           "Die Fischer sagen, die neuen Liegeplätze seien sicherer als die\n"
                           "alten, und die Boote kämen vor dem Beginn der Saison zurück, wenn\n"
                           "das Wetter es erlaubt und der Hafenmeister die Mole freigibt.\n";
    auto de_blocks = segment(de);
    REQUIRE(de_blocks.size() == 3);
    CHECK(de_blocks[1].text == "Die neuen Liegeplätze");
    // Lines of code with "..." between them are no sentences closing a paragraph.
    auto code = segment("import harbour\n...\nfrom harbour.ferries import timetable\n...\nclass PierTests(TestCase):\n");
    CHECK(code.size() == 5);
}

TEST_CASE("the initials of an editor or agency after the final full stop keep the sentence punctuated", "[classify][segment]") {
    struct Row {
        const char* line;
        bool end_punct;
    };
    const Row rows[] = {
        {"Die neue Fähre kostet knapp zwei Millionen Euro und fährt ab Mai. (bsc)", true},
        {"Le nouveau quai ouvrira au printemps. (ats/afp)", true},
        {"The new pier opens in May. (jd)", true},
        {"La nueva terminal abrirá en mayo. (efe)", true},
        {"« Le nouveau quai ouvrira au printemps. »", true},
        {"Bürgermeisterin Anna Muster (CDU)", false},
        {"The new pier opens in May (pictured)", false},
        {"Le quai ouvrira au printemps. (Photo)", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_of(r.line).end_punct == r.end_punct);
    }
}

TEST_CASE("a text wrapped at a fixed width is joined back into paragraphs", "[classify][segment]") {
    // A plain-text document: paragraphs of lines that fill the width and break inside sentences.
    const std::string en = "Harbour Report\n\n"
                           "The harbour of the old town reopened on Monday after a winter\n"
                           "of repairs on its northern quay. The works cost the city more\n"
                           "than it had planned, and the council will vote on the bill in\n"
                           "the spring.\n\n"
                           "Fishermen said the new moorings were safer than the old ones\n"
                           "and that the boats would be back before the season opened.\n\n"
                           "The ferry to the islands runs again from the eastern pier, twice\n"
                           "a day in winter and four times a day from the first of May, when\n"
                           "the summer timetable begins.\n";
    auto blocks = segment(en);
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].text == "Harbour Report");
    CHECK(blocks[1].text.rfind("The harbour of the old town reopened on Monday after a winter of repairs", 0) == 0);
    CHECK(blocks[1].text.size() > 180);
    CHECK(blocks[1].chars == text::length_cp(blocks[1].text)); // (a joined line is measured again)
    CHECK(blocks[1].end_punct);
    CHECK(blocks[2].text == "Fishermen said the new moorings were safer than the old ones and that the boats would "
                            "be back before the season opened.");
    const std::string de = "Der Hafen der Altstadt ist seit Montag wieder offen, nachdem der\n"
                           "nördliche Kai den ganzen Winter über repariert worden war. Die\n"
                           "Arbeiten haben mehr gekostet als geplant, und der Stadtrat wird\n"
                           "im Frühling über die Rechnung abstimmen.\n\n"
                           "Die Fischer sagen, die neuen Liegeplätze seien sicherer als die\n"
                           "alten, und die Boote kämen vor dem Beginn der Saison zurück, wenn\n"
                           "das Wetter es erlaubt.\n";
    auto de_blocks = segment(de);
    REQUIRE(de_blocks.size() == 2);
    CHECK(de_blocks[1].words == 26);
    // The joined paragraph's words are read from its whole text (its lines are not read one by one).
    for (const Block& b : {blocks[1], de_blocks[0], de_blocks[1]}) {
        CAPTURE(b.text);
        CHECK(b.lower == text::lower(b.text));
        CHECK(std::ranges::equal(b.lower_words(), text::words_lower(b.text)));
        const StopwordCounts counts = count_stopwords(b.text);
        CHECK(std::equal(counts.hits.begin(), counts.hits.end(), b.stopword_hits.begin()));
        CHECK_FALSE(b.boilerplate);
    }

    // Not wrapped: a menu, a list of titles each on its line, a page with one run of two lines.
    for (const char* page : {"Home\nNews\nSport\nWeather\nContact us\n",
                             "Harbour reopens after a winter of repairs on its quay\n"
                             "Council votes on the bill for the northern moorings\n"
                             "Ferry to the islands runs again from the eastern pier\n\n"
                             "Fishermen welcome the new moorings on the northern quay\n"
                             "New timetable for the island ferries from the first of May\n",
                             "The harbour of the old town reopened on Monday after a winter\n"
                             "of repairs on its northern quay.\n\nThe ferry runs again.\n"}) {
        INFO(page);
        auto kept = segment(page);
        CHECK(std::none_of(kept.begin(), kept.end(), [](const Block& b) { return b.text.size() > 70; }));
    }
}

TEST_CASE("an indented page starts a paragraph where a line goes back to the first line's indent", "[classify][segment]") {
    // Pretty-printed markup: each paragraph's first line at one indent, its wrapped lines deeper, no blank line
    // between paragraphs; a label line stands over the first paragraph at the same indent.
    const std::string en = "        Verdict\n"
                           "        The new tram is the quietest vehicle the city has ever run.\n"
                           "            Its doors open wide, its seats are low and the ride is\n"
                           "            smooth, though the fare went up by a third this spring.\n"
                           "        The old line to the river port closes in June. Its depot will\n"
                           "            become a market hall, and the tracks will be covered by a\n"
                           "                cycle path\n" // a link, set deeper
                           "            along the whole length of the embankment road.\n"
                           "        Riders said they would miss the old cars, which had wooden\n"
                           "            benches and brass handles, but welcomed the shorter waits.\n"
                           "        Night trams will follow in the autumn, once the drivers have\n"
                           "            been trained on the new cars and the depot has been fitted\n"
                           "            with the charging points that the longer routes will need.\n";
    auto blocks = segment(en);
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].text == "Verdict");
    CHECK(blocks[1].text.rfind("The new tram is the quietest", 0) == 0);
    CHECK(blocks[1].text.ends_with("by a third this spring."));
    CHECK(blocks[2].text.rfind("The old line to the river port", 0) == 0);
    CHECK(blocks[2].text.ends_with("covered by a cycle path along the whole length of the embankment road."));
    CHECK(blocks[3].text.ends_with("welcomed the shorter waits."));
    CHECK(blocks[4].text.rfind("Night trams will follow", 0) == 0);
    const std::string fr = "    En bref\n"
                           "    Le nouveau tramway est le plus silencieux que la ville ait connu.\n"
                           "        Ses portes sont larges, ses sièges bas et le trajet très doux,\n"
                           "        même si le ticket a augmenté d'un tiers ce printemps-là.\n"
                           "    L'ancienne ligne vers le port fluvial ferme en juin. Son dépôt\n"
                           "        deviendra une halle, et une piste cyclable couvrira les rails\n"
                           "        sur toute la longueur de la route qui longe le quai du canal.\n";
    auto fr_blocks = segment(fr);
    REQUIRE(fr_blocks.size() == 3);
    CHECK(fr_blocks[0].text == "En bref");
    CHECK(fr_blocks[2].text.rfind("L'ancienne ligne", 0) == 0);
    // Indented code under it is no paragraph: "def ..." starts no paragraph, its lines stay as they are.
    auto code = segment(en + "\n        @staticmethod\n        @cached\n        def fare_for_zone(zone, rider_class, time_of_day):\n"
                             "            if zone in FARE_ZONES and rider_class in FARE_CLASSES:\n"
                             "                return base_price(zone) * class_factor(rider_class)\n");
    CHECK(code.size() == 10);
}

TEST_CASE("a wiki's edit link or a documentation anchor marks a heading", "[classify][heading]") {
    struct Row {
        const char* line;
        const char* heading;
    };
    const Row rows[] = {
        {"History[edit]", "History"},
        {"Early life [edit]", "Early life"},
        {"Histoire[modifier | modifier le code]", "Histoire"},
        {"Geschichte[Bearbeiten | Quelltext bearbeiten]", "Geschichte"},
        {"Historia[editar]", "Historia"},
        {"Storia[modifica | modifica wikitesto]", "Storia"},
        {"Historia[edytuj | edytuj kod]", "Historia"},
        {"Setting up¶", "Setting up"},
        {"Mise en route ¶", "Mise en route"},
        // White space around the line (a line not cut from a page): settled past its last byte.
        {"  Kaianlagen[Bearbeiten]  ", "Kaianlagen"},
        {"Harbour cranes¶\t", "Harbour cranes"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto h = marked_heading(r.line);
        REQUIRE(h);
        CHECK(*h == r.heading);
    }
    // Brackets that are no edit link, a sentence with a mark, a bare mark.
    for (const char* line : {"The harbour reopened.[12]", "Le port [photo]", "[edit]", "¶", "Der Hafen [Foto] ",
                             "The council voted against the plan, and the mayor resigned the same night.¶"}) {
        INFO(line);
        CHECK_FALSE(marked_heading(line));
    }
}

TEST_CASE("a wiki's notes, opened by a back link, are text of the article", "[classify][notes]") {
    for (const char* line : {"^ Doe, Jane (2019). The Harbour Book. Kestrel Press.", "^ a b \"Ferry timetable\". Port of Wendle.",
                             "↑ a b Rapport annuel du port de Vallon, 2020.", "↑ Müller, Anna: Die Fähren der Bucht."})
        CHECK(note_entry(line));
    for (const char* line : {"^", "^ top", "x ^ y ^ z", "The harbour ^ the town", "↑"})
        CHECK_FALSE(note_entry(line));

    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> notes;
    };
    const Row rows[] = {
        {"en", R"(Wendle Harbour
The harbour of Wendle is one of the oldest on the coast, and its history goes back to the first settlers.[1]
History[edit]
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.[2]
Trade grew quickly after the railway reached the town, and the harbour became the main port of the region.[3]
References[edit]
^ Doe, Jane (2019). The Harbour Book.
. Kestrel Press. Retrieved 2 May 2020.
^ "Wendle quay". Port of Wendle. Retrieved 4 June 2021.
^ a b Roe, John. "Rails to the sea".
Privacy policy
About Wikipedia
)", {"^ Doe, Jane (2019). The Harbour Book.", ". Kestrel Press. Retrieved 2 May 2020.",
     "^ \"Wendle quay\". Port of Wendle. Retrieved 4 June 2021.", "^ a b Roe, John. \"Rails to the sea\"."}},
        {"fr", R"(Port de Vallon
Le port de Vallon est l'un des plus anciens de la côte, et son histoire remonte aux premiers habitants.[1]
Histoire[modifier | modifier le code]
Le premier quai fut construit par des pêcheurs venus du nord, et il fut agrandi deux fois avant l'arrivée du train.[2]
Le commerce grandit vite après l'arrivée du chemin de fer, et le port devint le premier de la région.[3]
Notes et références[modifier | modifier le code]
↑ Rapport annuel du port de Vallon, 2020.
↑ a et b Martin, Paul, Les quais de Vallon, éditions du Cap, 2018.
↑ Dubois, Claire, « Le train et la mer », Revue des ports, 2017.
Politique de confidentialité
)", {"↑ Rapport annuel du port de Vallon, 2020.", "↑ a et b Martin, Paul, Les quais de Vallon, éditions du Cap, 2018.",
     "↑ Dubois, Claire, « Le train et la mer », Revue des ports, 2017."}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        for (const auto& note : r.notes)
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), note) != paragraphs.end());
        // The footer under the notes stays out.
        CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                           [](const std::string& p) { return p.find("Privacy") != std::string::npos || p.find("Politique") != std::string::npos; }));
    }
    // Two carets are no list of notes: "^ top" links of a footer stay out.
    Article a = classify(segment(R"(Wendle Harbour
The harbour of Wendle is one of the oldest on the coast, and its history goes back to the first settlers.
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.
^ Back to the top of page
^ Back to the harbour index
)"), "en");
    for (const auto& s : a.sections)
        for (const auto& p : s.paragraphs)
            CHECK(p.rfind("^", 0) != 0);
}

TEST_CASE("a title the contents list heads the wiki notes under it, though it stands between two notes", "[classify][notes]") {
    const test::PageRow rows[] = {
        {"en", R"(Kallby Lighthouse
The lighthouse of Kallby stands on the last rock of the cape, and its lamp has guided the boats of the bay since 1871.[a]
Contents
1 History
2 Notes
3 Citations
History
The tower was built of granite from the quarry behind the village and raised by six metres after the great storm.[1]
Notes
^ The first lamp burned whale oil until the keepers got paraffin.
^ The keepers' logbooks are kept in the town museum.
Citations
^ Berg, Anna (2011). Lights of the Northern Coast.
^ "Kallby tower". Coastal Heritage Register. Retrieved 3 March 2019.
)", "Citations"},
        {"de", R"(Leuchtturm Kallby
Der Leuchtturm von Kallby steht auf dem letzten Felsen des Kaps, und seine Lampe leitet die Boote der Bucht seit 1871.[a]
Inhaltsverzeichnis
1 Geschichte
2 Anmerkungen
3 Einzelnachweise
Geschichte
Der Turm wurde aus Granit vom Steinbruch hinter dem Dorf gebaut und nach der großen Sturmflut um sechs Meter erhöht.[1]
Anmerkungen
^ Die erste Lampe brannte mit Walöl, bis die Wärter Petroleum bekamen.
^ Die Logbücher der Wärter liegen im Museum der Stadt.
Einzelnachweise
^ Berg, Anna (2011). Leuchtfeuer der Nordküste.
^ „Turm von Kallby“. Register des Küstenerbes. Abgerufen am 3. März 2019.
)", "Einzelnachweise"},
        {"fr", R"(Phare de Kallby
Le phare de Kallby se dresse sur le dernier rocher du cap, et sa lampe guide les bateaux de la baie depuis 1871.[a]
Sommaire
1 Histoire
2 Notes
3 Références
Histoire
La tour fut bâtie en granit de la carrière derrière le village et rehaussée de six mètres après la grande tempête.[1]
Notes
↑ La première lampe brûlait de l'huile de baleine jusqu'à l'arrivée du pétrole.
↑ Les livres de bord des gardiens sont conservés au musée de la ville.
Références
↑ Berg, Anna (2011). Feux de la côte nord.
↑ « Tour de Kallby ». Registre du patrimoine côtier. Consulté le 3 mars 2019.
)", "Références"},
        {"es", R"(Faro de Kallby
El faro de Kallby se alza sobre la última roca del cabo, y su lámpara guía a los barcos de la bahía desde 1871.[a]
Índice
1 Historia
2 Notas
3 Referencias
Historia
La torre se construyó con granito de la cantera detrás del pueblo y se elevó seis metros después del gran temporal.[1]
Notas
↑ La primera lámpara ardía con aceite de ballena hasta que los fareros recibieron petróleo.
↑ Los cuadernos de bitácora de los fareros se guardan en el museo de la ciudad.
Referencias
↑ Berg, Anna (2011). Luces de la costa norte.
↑ «Torre de Kallby». Registro del patrimonio costero. Consultado el 3 de marzo de 2019.
)", "Referencias"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        auto headings = headings_of(classify(segment(r.page), r.lang));
        CHECK(std::find(headings.begin(), headings.end(), std::string(r.line)) != headings.end());
    }
}

TEST_CASE("a few sentences between two paragraphs are text, whatever their stopwords", "[classify][sentence]") {
    for (const char* line : {"“Don’t go yet,” warned Ana Ruiz, the harbour’s night supervisor for Wendle.",
                             "Pro: a quiet evening instead of a noisy one.", "Con: money.",
                             "„Nicht jetzt“, befahl Ole Brandt, Schichtleiter im Fährhafen Kallby.",
                             "Lucie hocha la tête. Marc sourit."})
        CHECK(sentence_shape(block_of(line)));
    for (const char* line : {"Ferry timetable changes from Monday", "Read more: https://example.org/ferries.",
                             "Home | News | Harbour.", "Sign up for our free newsletter.", "and then the ferry left."})
        CHECK_FALSE(sentence_shape(block_of(line)));

    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Night shift at the ferry port
The night shift at the ferry port starts at ten, when the last boat from the islands has been tied up at the quay.
Ana Ruiz has run it for eleven years, and she still walks the whole length of the pier before the first coffee.
Pro: quiet nights, paid overtime, fresh sea views, friendly colleagues, free parking.
Most of the work is checking the moorings, the lights and the gates, and writing down everything that was done.
When a storm comes, the whole crew stays until the morning, and nobody goes home before the boats are safe.
)", "Pro: quiet nights, paid overtime, fresh sea views, friendly colleagues, free parking."},
        {"de", R"(Hafenblatt
Nachtschicht im Fährhafen
Die Nachtschicht im Fährhafen beginnt um zehn, wenn das letzte Boot von den Inseln am Kai festgemacht hat.
Ole Brandt leitet sie seit elf Jahren, und er geht immer noch den ganzen Steg ab, bevor er den ersten Kaffee trinkt.
Contra: Nachtzuschläge, Überstunden, Seewind, Möwen, Dieselgeruch, Schichtpläne, Funkgeräte.
Die meiste Arbeit ist das Prüfen der Leinen, der Lichter und der Tore, und alles wird in ein Buch geschrieben.
Wenn ein Sturm kommt, bleibt die ganze Mannschaft bis zum Morgen, und niemand geht heim, bevor die Boote sicher sind.
)", "Contra: Nachtzuschläge, Überstunden, Seewind, Möwen, Dieselgeruch, Schichtpläne, Funkgeräte."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        // Few stopwords for its length: jusText rates the line bad.
        REQUIRE(block_quality(block_of(r.line), r.lang) == Quality::bad);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) != paragraphs.end());
    }
}

TEST_CASE("a long title of a heading's shape between two paragraphs heads a section", "[classify][heading]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
The harbour walls are getting old
The harbour walls of the northern towns were built more than a century ago, and many of them need repairs.
Engineers from the port authority inspect them twice a year, and they say that the work cannot wait much longer.
Record autumn storms linked to warmer seas threaten northern harbour walls
The storms of the last three autumns were the strongest on record, and the waves broke over the walls twice.
The council will vote on the repairs in the spring, when the engineers present their report on the damage.
)", "Record autumn storms linked to warmer seas threaten northern harbour walls"},
        {"de", R"(Hafenblatt
Die Hafenmauern werden alt
Die Hafenmauern der nördlichen Städte wurden vor mehr als hundert Jahren gebaut, und viele müssen repariert werden.
Die Ingenieure der Hafenbehörde prüfen sie zweimal im Jahr, und sie sagen, dass die Arbeiten nicht lange warten können.
Rekordstürme nach warmem Sommer bedrohen Hafenmauern entlang der Nordküste
Die Stürme der letzten drei Herbste waren die stärksten seit Beginn der Messungen, und die Wellen schlugen zweimal über die Mauern.
Der Gemeinderat stimmt im Frühling über die Reparaturen ab, wenn die Ingenieure ihren Bericht über die Schäden vorlegen.
)", "Rekordstürme nach warmem Sommer bedrohen Hafenmauern entlang der Nordküste"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        // Long for its few stopwords: jusText rates the line bad.
        REQUIRE(block_quality(block_of(r.line), r.lang) == Quality::bad);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a) == std::vector<std::string>{r.line});
    }
}

TEST_CASE("a Chinese or Japanese clause between two paragraphs is text", "[classify][sentence]") {
    const test::PageRow rows[] = {
        {"zh", R"(港口新聞
渡輪恢復航行
經過一個冬天的維修，前往島嶼的渡輪今天重新從東碼頭出發，港務局表示新的泊位比舊的更安全，可以使用很多年。
東碼頭新建候船室提供免費熱茶服務
漁民們歡迎這些工程，雖然碼頭在冬天的大部分時間都關閉，市場也搬了兩次，但大家都覺得非常值得。
議會將在春天就修理費用進行表決，屆時工程師會提交一份關於風暴損害的詳細報告給所有的議員們。
)", "東碼頭新建候船室提供免費熱茶服務"},
        {"ja", R"(港ニュース
フェリー運航再開
冬の修理を終えて、島へ向かうフェリーが今日から東の桟橋から再び出航した。港湾局によると新しい係留場所は古いものより安全だという。
東桟橋待合室無料温茶提供開始予定
漁師たちは工事を歓迎したが、桟橋は冬の大部分の間閉鎖されていて、市場も二度移転した。それでも皆が価値があったと話している。
議会は春に修理費用について採決する予定で、その時に技術者たちが嵐の被害に関する詳しい報告書を提出する。
)", "東桟橋待合室無料温茶提供開始予定"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        REQUIRE(block_quality(block_of(r.line), "") == Quality::bad);
        CHECK(cjk_clause(block_of(r.line)));
        Article a = classify(segment(r.page), "");
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) != paragraphs.end());
    }
    // The bracketed title of a post in a list of links is no clause.
    CHECK_FALSE(cjk_clause(block_of("【新竹住宿】東碼頭新建候船室提供免費熱茶服務")));
    CHECK_FALSE(cjk_clause(block_of("港口新聞")));
}

TEST_CASE("a line of ideographs is rated by its characters wherever they start", "[classify][quality]") {
    // The scan for ideographs reads many bytes a step: they may open the line, or follow a run of Latin letters
    // longer than a step.
    const std::string sentence =
        "北の灯台の改修工事が終わり、観光船は来週から再び湾内を巡る予定だと町の担当者が説明した。見学の予約は役場で受け付けている。";
    for (const std::string& line : {sentence, "Lighthouse Bay, Monday 14: " + sentence, "Hafen: " + sentence}) {
        INFO(line);
        CHECK(block_quality(block_of(line), "") == Quality::good);
    }
}

TEST_CASE("the terms of a definition list are text, not headings", "[classify][heading]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour App
The harbour app for skippers
The new harbour app gathers everything a skipper needs before leaving the marina, and it works without a network.
Tide tables
See the tides of the next seven days for every pier of the bay, with the hours of high and low water and the height of each tide in metres.
Berth finder
Find a free berth for the night and book it before you arrive at the marina, with a map of the pontoons and the depth of the water at each of them.
Weather warnings
Get a warning on your phone when the harbour master closes the eastern pier to small boats because of the wind or the waves at the mouth of the bay.
Fuel prices
Compare the prices of the three fuel docks of the harbour, and see which of them are open on Sundays and on the evenings of the summer.
The app is free and works on phones and tablets, and the harbour office will add new features every spring.
)", "Berth finder"},
        {"fr", R"(Appli du port
L'appli du port pour les plaisanciers
La nouvelle appli du port réunit tout ce dont un plaisancier a besoin avant de quitter la marina, même sans réseau.
Marées
Consultez les marées des sept prochains jours pour chaque quai de la baie, avec les heures de pleine et de basse mer et la hauteur de chaque marée en mètres.
Places libres
Trouvez une place libre pour la nuit et réservez-la avant d'arriver à la marina, avec un plan des pontons et la profondeur de l'eau à chacun d'entre eux.
Alertes météo
Recevez une alerte sur votre téléphone quand la capitainerie ferme le quai est aux petits bateaux à cause du vent ou des vagues à l'entrée de la baie.
Prix du carburant
Comparez les prix des trois stations de carburant du port, et voyez lesquelles sont ouvertes le dimanche et le soir pendant tout l'été.
L'appli est gratuite et fonctionne sur téléphone et tablette, et la capitainerie ajoutera des fonctions chaque printemps.
)", "Places libres"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a).empty());
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) != paragraphs.end());
    }
}

TEST_CASE("two terms whose descriptions end on a link naming them are cards of a list, not headings", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* term;
        const char* next; // the heading of the section after the cards
    };
    const Row rows[] = {
        {"en", R"(The Harbour App
The new harbour app gathers everything a skipper needs before leaving the marina, and it works without a network.
The harbour office wrote it with the sailing club over the winter, and the first version is free for everyone.
Berth finder
Find a free berth for the night and book it before you arrive, with a map of the pontoons and the depth at each.
Learn more about Berth finder
Fuel prices
Compare the prices of the three fuel docks of the harbour and see which of them are open on Sundays.
Learn more about Fuel prices
What comes next
The harbour office will add the tide tables and the weather warnings in the spring, and it asks the skippers who use the app to send their wishes for the summer version by letter, by mail or at the counter of the office on the eastern pier.
)", "Berth finder", "What comes next"},
        {"de", R"(Die Hafen-App
Die neue Hafen-App bündelt alles, was ein Skipper vor dem Auslaufen aus der Marina braucht, und sie läuft ohne Netz.
Das Hafenamt hat sie im Winter mit dem Segelclub geschrieben, und die erste Fassung ist für alle kostenlos.
Liegeplatzsuche
Finden Sie einen freien Liegeplatz für die Nacht und buchen Sie ihn vor der Ankunft, mit einer Karte der Stege.
Alles zur Liegeplatzsuche
Dieselpreise
Vergleichen Sie die Preise der drei Tankstellen im Hafen und sehen Sie, welche am Sonntag geöffnet haben.
Alles über Dieselpreise
Wie es weitergeht
Das Hafenamt will im Frühjahr die Gezeitentafeln und die Sturmwarnungen hinzufügen, und es bittet die Skipper, ihre Wünsche für die Sommerfassung per Brief, per Mail oder am Schalter des Amtes am Ostkai zu schicken, damit sie vor dem Ende des Monats März rechtzeitig gelesen werden können.
)", "Liegeplatzsuche", "Wie es weitergeht"},
        {"fr", R"(L'appli du port
La nouvelle appli du port réunit tout ce dont un plaisancier a besoin avant de quitter la marina, même sans réseau.
La capitainerie l'a écrite cet hiver avec le club de voile, et la première version est gratuite pour tous.
Places libres
Trouvez une place libre pour la nuit et réservez-la avant d'arriver, avec un plan des pontons et la profondeur de l'eau.
En savoir plus sur Places libres
Prix du gazole
Comparez les prix des trois stations du port et voyez lesquelles sont ouvertes le dimanche.
En savoir plus sur Prix du gazole
La suite
La capitainerie ajoutera au printemps les tables des marées et les alertes de tempête, et elle demande aux plaisanciers d'envoyer leurs souhaits pour la version d'été par lettre, par courriel ou au guichet du bureau sur la jetée est, avant la fin du mois de mars.
)", "Places libres", "La suite"},
        {"es", R"(La aplicación del puerto
La nueva aplicación del puerto reúne todo lo que un patrón necesita antes de salir de la marina, incluso sin red.
La capitanía la escribió este invierno con el club de vela, y la primera versión es gratuita para todos.
Amarres libres
Encuentre un amarre libre para la noche y resérvelo antes de llegar, con un plano de los pantalanes y su calado.
Más sobre Amarres libres
Precios del gasóleo
Compare los precios de las tres gasolineras del puerto y vea cuáles abren los domingos.
Más sobre Precios del gasóleo
Lo que viene
La capitanía añadirá en primavera las tablas de mareas y los avisos de temporal, y pide a los patrones que envíen sus deseos para la versión de verano por carta, por correo o en la ventanilla de la oficina del muelle este, antes de que termine el mes de marzo.
)", "Amarres libres", "Lo que viene"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a) == std::vector<std::string>{r.next});
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.term)) != paragraphs.end());
    }
}

TEST_CASE("a short title right over a definition list heads it", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
    };
    const Row rows[] = {
        {"en", R"(The Garden Centre Guide
The garden centre on the ring road reopened this spring with a bigger greenhouse, a café and a corner for children.
The owners took over the place from the town two years ago and rebuilt the old sheds with their own hands.
What you will find
Seed library
Borrow seeds of old vegetable varieties in spring and bring back seeds from your own harvest in the autumn, and the staff will tell you more about it at the desk by the entrance of the shop.
Tool repair
Bring blunt shears, broken rakes and rusty spades on Saturdays, and a volunteer will mend them while you wait, and the staff will tell you more about it at the desk by the entrance of the shop.
Plant doctor
Show a sick leaf or a photograph of your plant to the gardener on duty and get advice, and the staff will tell you more about it at the desk by the entrance of the shop.
Compost corner
Drop off your garden waste and take home a bag of ripe compost from the heaps behind the greenhouse, and the staff will tell you more about it at the desk by the entrance of the shop.
)", "What you will find"},
        {"de", R"(Der Gartenmarkt im Überblick
Der Gartenmarkt an der Umgehungsstraße hat in diesem Frühjahr mit einem größeren Gewächshaus, einem Café und einer Kinderecke wieder geöffnet.
Die Besitzer haben den Ort vor zwei Jahren von der Stadt übernommen und die alten Schuppen selbst umgebaut.
Was Sie dort finden
Saatgutbibliothek
Leihen Sie im Frühjahr Samen alter Gemüsesorten aus und bringen Sie im Herbst Samen aus Ihrer eigenen Ernte zurück, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
Werkzeugreparatur
Bringen Sie samstags stumpfe Scheren, kaputte Rechen und rostige Spaten, und ein Freiwilliger repariert sie, während Sie warten, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
Pflanzendoktor
Zeigen Sie dem diensthabenden Gärtner ein krankes Blatt oder ein Foto Ihrer Pflanze und erhalten Sie einen Rat, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
Kompostecke
Geben Sie Ihren Gartenabfall ab und nehmen Sie einen Sack reifen Kompost von den Haufen hinter dem Gewächshaus mit, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
)", "Was Sie dort finden"},
        {"fr", R"(Le guide de la jardinerie
La jardinerie de la rocade a rouvert ce printemps avec une serre plus grande, un café et un coin pour les enfants.
Les propriétaires ont repris le lieu à la ville il y a deux ans et ont rebâti eux-mêmes les vieux hangars.
Ce que vous y trouverez
Grainothèque
Empruntez au printemps des graines de légumes anciens et rapportez en automne des graines de votre propre récolte, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
Atelier de réparation
Apportez le samedi vos sécateurs émoussés, râteaux cassés et bêches rouillées, et un bénévole les répare devant vous, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
Docteur des plantes
Montrez une feuille malade ou une photo de votre plante au jardinier de service et recevez un conseil sur la suite, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
Coin compost
Déposez vos déchets de jardin et repartez avec un sac de compost mûr pris dans les tas derrière la serre, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
)", "Ce que vous y trouverez"},
        {"es", R"(Guía del vivero
El vivero de la circunvalación reabrió esta primavera con un invernadero más grande, una cafetería y un rincón para los niños.
Los dueños se hicieron cargo del lugar hace dos años y reconstruyeron ellos mismos los viejos cobertizos.
Lo que encontrará
Banco de semillas
Tome prestadas en primavera semillas de hortalizas antiguas y devuelva en otoño semillas de su propia cosecha, y el personal le contará más en el mostrador junto a la entrada de la tienda.
Taller de herramientas
Traiga los sábados tijeras sin filo, rastrillos rotos y palas oxidadas, y un voluntario las arreglará mientras espera, y el personal le contará más en el mostrador junto a la entrada de la tienda.
Médico de plantas
Enseñe una hoja enferma o una foto de su planta al jardinero de turno y reciba un consejo sobre qué hacer, y el personal le contará más en el mostrador junto a la entrada de la tienda.
Rincón del compost
Deje sus restos de jardín y llévese una bolsa de compost maduro de los montones que hay detrás del invernadero, y el personal le contará más en el mostrador junto a la entrada de la tienda.
)", "Lo que encontrará"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(headings_of(classify(segment(r.page), r.lang)) == std::vector<std::string>{r.title});
    }
}

TEST_CASE("the title of a glossary heads the definition list under it", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
    };
    const Row rows[] = {
        {"en", R"(Ropes and Knots
Every sailing club teaches the same handful of words in its first lesson, and the new members learn them on the pontoon before they ever touch a boat.
Glossary
The words below are used all through this guide, and each of them is explained once here, in the order in which a new sailor meets them on the boat.
Halyard
A rope that raises a sail to the top of the mast and holds it there while the boat is under way, made fast at the foot of the mast on a cleat.
Sheet
A rope that sets the angle of a sail to the wind, pulled in or let out by the crew as the boat turns and as the wind grows or dies down.
Cleat
A fitting of metal or wood with two horns around which a rope is made fast, found on the deck, on the mast and on every pontoon of the marina.
Fairlead
A ring or a hook that guides a rope along the deck so that it does not rub on the rail and wear through in a single season of sailing.
)", "Glossary"},
        {"de", R"(Seile und Knoten
Jeder Segelclub bringt in der ersten Stunde dieselben paar Wörter bei, und die Neuen lernen sie am Steg, bevor sie zum ersten Mal ein Boot berühren.
Begriffe
Die folgenden Wörter kommen in diesem Leitfaden immer wieder vor, und jedes wird hier einmal erklärt, in der Reihenfolge, in der ein neuer Segler ihnen an Bord begegnet.
Fall
Ein Tau, das ein Segel an die Spitze des Mastes zieht und es dort während der ganzen Fahrt hält, am Fuß des Mastes an einer Klampe belegt.
Schot
Ein Tau, das den Winkel des Segels zum Wind einstellt und von der Crew dichtgeholt oder gefiert wird, wenn das Boot wendet oder der Wind zunimmt.
Klampe
Ein Beschlag aus Metall oder Holz mit zwei Hörnern, an dem ein Tau festgemacht wird, zu finden an Deck, am Mast und an jedem Steg der Marina.
Leitöse
Ein Ring oder Haken, der ein Tau über das Deck führt, damit es nicht an der Reling scheuert und nach einer einzigen Saison schon durchgescheuert ist.
)", "Begriffe"},
        {"fr", R"(Cordages et nœuds
Chaque club de voile enseigne les mêmes quelques mots à la première leçon, et les nouveaux les apprennent sur le ponton avant de toucher un bateau pour la première fois.
Lexique
Les mots ci-dessous reviennent dans tout ce guide, et chacun est expliqué une fois ici, dans l'ordre où un nouveau marin les rencontre à bord du bateau.
Drisse
Un cordage qui hisse une voile en haut du mât et l'y tient pendant toute la navigation, tourné au pied du mât sur un taquet prévu pour cela.
Écoute
Un cordage qui règle l'angle de la voile par rapport au vent, bordé ou choqué par l'équipage quand le bateau vire ou que le vent forcit.
Taquet
Une pièce de métal ou de bois à deux cornes autour de laquelle on tourne un cordage, sur le pont, sur le mât et sur chaque ponton de la marina.
Chaumard
Un anneau ou un crochet qui guide un cordage sur le pont pour qu'il ne frotte pas sur le bastingage et ne s'use pas en une seule saison.
)", "Lexique"},
        {"es", R"(Cabos y nudos
Todos los clubes de vela enseñan las mismas pocas palabras en la primera clase, y los nuevos socios las aprenden en el pantalán antes de tocar un barco por primera vez.
Glosario
Las palabras siguientes aparecen en toda esta guía, y cada una se explica aquí una sola vez, en el orden en que un nuevo navegante las encuentra a bordo.
Driza
Un cabo que iza una vela hasta lo alto del mástil y la mantiene allí durante toda la navegación, amarrado al pie del mástil en una cornamusa.
Escota
Un cabo que regula el ángulo de la vela respecto al viento, cazado o lascado por la tripulación cuando el barco vira o cuando el viento arrecia.
Cornamusa
Una pieza de metal o madera con dos cuernos alrededor de la cual se amarra un cabo, en la cubierta, en el mástil y en cada pantalán del puerto.
Guía
Un anillo o un gancho que conduce un cabo por la cubierta para que no roce en la borda y no se gaste en una sola temporada de navegación.
)", "Glosario"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(headings_of(classify(segment(r.page), r.lang)) == std::vector<std::string>{r.title});
    }
}

TEST_CASE("a numbered table of contents lists the headings", "[classify][heading]") {
    struct Row {
        const char* line;
        const char* title;
    };
    const Row rows[] = {
        {"1 History", "History"},
        {"3.1 Harbour and river traffic", "Harbour and river traffic"},
        {"2. Mise en route", "Mise en route"},
        {"4.2.1 Geschichte der Stadt", "Geschichte der Stadt"},
        // White space around the line (a line not cut from a page): settled past its first byte.
        {"  5 Fähren und Kräne ", "Fähren und Kräne"},
        {"\t6.1 Ferry timetables", "Ferry timetables"},
        // Several spaces, a no-break space or a capital of two bytes before the title: the collapse settles them.
        {"7   Ferry   timetables", "Ferry timetables"},
        {"8 \u00a0Écluses et quais", "Écluses et quais"},
        {"9 Über die Brücke", "Über die Brücke"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto t = contents_entry(r.line);
        REQUIRE(t);
        CHECK(*t == r.title);
    }
    for (const char* line : {"12 comments", "1998 was a good year for the harbour.", "History", "3.5 million people",
                             "2 de diciembre de 2017", "Kapitel 3 Die Werft", " Part 4 Harbour",
                             // closed by a stop, or a title in lower case (after spaces too): no entry
                             "3 Die Fähre legt um acht Uhr ab.", "4.1 Le port.  ", "5   harbour and river traffic",
                             "6 \"Quoted\" title"}) {
        INFO(line);
        CHECK_FALSE(contents_entry(line));
    }
    // The listed lines head their sections, even where a line is short between pointers to other articles.
    const char* page = R"(The harbour of the town
Contents
1 History
2 Trade
3 See also
The harbour of the town is one of the oldest on the coast, and its history goes back to the first settlers of the bay.
History
Main article: History of the harbour
The first quay was built by fishermen who came from the north, and it was extended twice before the railway arrived.
Trade
Hauptartikel: Handel im Hafen
Trade grew quickly after the railway reached the town, and the harbour became the main port of the whole region.
)";
    Article a = classify(segment(page), "en");
    std::vector<std::string> headings = headings_of(a);
    CHECK(headings == std::vector<std::string>{"History", "Trade"});
    for (const auto& s : a.sections)
        for (const auto& para : s.paragraphs)
            CHECK(para.rfind("Main article", 0) == std::string::npos);
}

TEST_CASE("a wiki's pointer to the main article is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Main article: History of the harbour", "Main articles: Trade and Fishing",
                             "Hauptartikel: Geschichte des Hafens", "Artículo principal: Historia del puerto",
                             "Voce principale: Storia del porto", "Artigo principal: História do porto",
                             "Hoofdartikel: Geschiedenis van de haven", "Osobny artykuł: Historia portu"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    CHECK_FALSE(is_boilerplate_phrase("Main articles of the new law were voted on Monday."));
}

TEST_CASE("a line a paragraph announces with its colon is no heading", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* line;
    };
    const Row rows[] = {
        // words quoted after the colon, over more text
        {"en", R"(The council voted on Monday to close the old quay to cars from the first of June next year.
The plan was first shown to the public in March, and many people came to the town hall to read it.
Then the neighbours of the quay had their say:
Nobody asked us about the new quay
The mayor replied that two meetings had been held in the spring and that the plan had been changed after them.
Work on the quay will start in the autumn and should last a little more than a year, the council said.
)",
         "Nobody asked us about the new quay"},
        // the last item of an announced list
        {"de", R"(Die Fähre fährt ab dem ersten Juni wieder jeden Tag von dem alten Hafen zu den Inseln hinaus.
Die Reederei hat dafür zwei neue Schiffe gekauft, die mehr Gäste und auch Fahrräder mitnehmen können.
Die Fähre hält in diesen Orten an der Küste:
Nordhafen
Ostbucht
Salzwiesen
Die Fahrt bis zur letzten Insel dauert etwa zwei Stunden, bei Sturm fällt sie aber ganz aus, sagte die Reederei.
Die Preise bleiben im ersten Jahr gleich, danach sollen sie um ein paar Euro steigen, hieß es weiter.
)",
         "Salzwiesen"},
    };
    for (const auto& row : rows) {
        INFO(row.line);
        Article a = classify(segment(row.page), row.lang);
        for (const auto& h : headings_of(a))
            CHECK(h != row.line);
        bool kept = false;
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                kept = kept || para == row.line;
        CHECK(kept);
    }
}

TEST_CASE("the last row of a table of names and figures heads no section", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* line;
    };
    const Row rows[] = {
        {"en", R"(The harbour board counted the boats that used each pier of the port during the whole of last year.
The figures were published on Monday, and they show that the eastern pier is now the busiest of them all.
Eastern Pier 412 35.5%
Old Quay 301 25.9%
Fishers Wharf 17 1.4%
The board expects the share of the eastern pier to grow again once the new ferry line opens in the summer.
It will ask the council for money to widen the pier before the end of the year, a spokeswoman said.
)",
         "Fishers Wharf 17 1.4%"},
        {"de", R"(Die Hafenverwaltung hat gezählt, wie viele Boote im vergangenen Jahr an jedem Anleger festgemacht haben.
Die Zahlen wurden am Montag veröffentlicht, und der östliche Anleger ist nun der meistgenutzte im ganzen Hafen.
Ostanleger 412 35,5 %
Alter Kai 301 25,9 %
Fischerkai 17 1,4 %
Die Verwaltung erwartet, dass der Anteil des Ostanlegers mit der neuen Fährlinie im Sommer noch weiter wächst.
Sie will den Rat noch vor dem Ende des Jahres um Geld bitten, um den Anleger zu verbreitern, sagte eine Sprecherin.
)",
         "Fischerkai 17 1,4 %"},
    };
    for (const auto& row : rows) {
        INFO(row.line);
        Article a = classify(segment(row.page), row.lang);
        for (const auto& h : headings_of(a))
            CHECK(h != row.line);
    }
}

TEST_CASE("a title over one sentence and a byline or a link is a teaser of another article, not a heading",
          "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        bool heading;
    };
    const Row rows[] = {
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
New ferry line to the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
By Jane Doe
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", false},
        {"es", R"(El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en primavera.
Nueva línea de ferry a las islas
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones de verano.
Por Juan Pérez
La segunda dársena abrirá el año próximo, cuando termine el dragado del viejo canal y se prueben las nuevas esclusas.
)", false},
        // The teaser's link to the article under its sentence of summary.
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
New ferry line to the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
Read more
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", false},
        {"de", R"(Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
Neue Fährlinie zu den Inseln
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
Weiterlesen
Das zweite Becken öffnet im nächsten Jahr, wenn die alte Fahrrinne ausgebaggert und die neuen Schleusen geprüft sind.
)", false},
        {"fr", R"(Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Les travaux ont coûté plus que prévu, et le conseil a dû voter un second crédit au printemps dernier.
Nouvelle ligne de ferry vers les îles
La compagnie fera partir deux bateaux par jour dès juin, et un troisième pendant les vacances d'été, a dit le maire.
Lire la suite
Le second bassin ouvrira l'an prochain, quand le dragage du vieux chenal sera fini et les nouvelles écluses testées.
)", false},
        // "Read now", "Jetzt lesen": the teaser's button says what it does now.
        {"en", R"(The orchard on the hill gave its first apples this autumn, three years after the storm that felled it.
Volunteers planted two hundred young trees and watered them by hand through two dry summers in a row.
How bees choose their flowers
A study of hives in the valley finds that bees remember the colours of the flowers they visited before.
Read now
The cooperative will press its first cider in November and sell it at the market on the square.
)", false},
        {"de", R"(Der Obstgarten am Hügel trug in diesem Herbst seine ersten Äpfel, drei Jahre nach dem Sturm, der ihn fällte.
Freiwillige pflanzten zweihundert junge Bäume und gossen sie zwei trockene Sommer lang von Hand.
Wie Bienen ihre Blumen wählen
Eine Studie über Bienenstöcke im Tal zeigt, dass Bienen sich die Farben früher besuchter Blüten merken.
Jetzt lesen
Die Genossenschaft presst im November ihren ersten Most und verkauft ihn auf dem Markt am Platz.
)", false},
        {"es", R"(El huerto de la colina dio sus primeras manzanas este otoño, tres años después de la tormenta que lo derribó.
Los voluntarios plantaron doscientos árboles jóvenes y los regaron a mano durante dos veranos secos seguidos.
Cómo eligen las abejas sus flores
Un estudio de colmenas del valle muestra que las abejas recuerdan los colores de las flores que ya visitaron.
Leer ahora
La cooperativa prensará su primera sidra en noviembre y la venderá en el mercado de la plaza.
)", false},
        {"fr", R"(Le verger de la colline a donné ses premières pommes cet automne, trois ans après la tempête qui l'a abattu.
Des bénévoles ont planté deux cents jeunes arbres et les ont arrosés à la main pendant deux étés secs.
Comment les abeilles choisissent leurs fleurs
Une étude des ruches de la vallée montre que les abeilles retiennent les couleurs des fleurs déjà visitées.
Lire maintenant
La coopérative pressera son premier cidre en novembre et le vendra au marché de la place.
)", false},
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
New ferry line to the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
The first boat will leave at seven in the morning and reach the largest island two hours later.
)", true},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        bool heading = false;
        for (const auto& s : a.sections)
            heading = heading || s.heading.has_value();
        CHECK(heading == r.heading);
    }
}

TEST_CASE("a column's name over a teaser's title, summary and byline heads no section", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* column;
        bool heading;
    };
    const Row rows[] = {
        {"en", R"(The harbour reopens after two years of works
By John Roe
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
On the Water
Why do the ferries keep running late?
The company blames the old engines of its boats, but the crews say the timetable was never realistic.
By Jane Doe
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", "On the Water", false},
        {"es", R"(El puerto reabre tras dos años de obras
Por Pedro Gómez
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en primavera.
Vida en el mar
¿Por qué los ferris siempre llegan tarde?
La compañía culpa a los viejos motores de sus barcos, pero las tripulaciones dicen que el horario nunca fue realista.
Por Juan Pérez
La segunda dársena abrirá el año próximo, cuando termine el dragado del viejo canal y se prueben las nuevas esclusas.
)", "Vida en el mar", false},
        {"de", R"(Der Hafen ist nach zwei Jahren Bauzeit wieder offen
Von Hans Beispiel
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
Auf dem Wasser
Warum kommen die Fähren ständig zu spät?
Die Reederei gibt den alten Motoren die Schuld, doch die Besatzungen sagen, der Fahrplan sei nie realistisch gewesen.
Von Anna Muster
Das zweite Becken öffnet im nächsten Jahr, wenn die alte Fahrrinne ausgebaggert und die neuen Schleusen geprüft sind.
)", "Auf dem Wasser", false},
        {"fr", R"(Le port rouvre après deux ans de travaux
Par Paul Martin
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Les travaux ont coûté plus que prévu, et le conseil a dû voter un second crédit au printemps dernier.
Au fil de l'eau
Pourquoi les ferries sont-ils toujours en retard ?
La compagnie accuse les vieux moteurs de ses bateaux, mais les équipages disent que l'horaire n'a jamais été réaliste.
Par Jean Dupont
Le second bassin ouvrira l'an prochain, quand le dragage du vieux chenal sera fini et les nouvelles écluses testées.
)", "Au fil de l'eau", false},
        // A section whose first paragraph is one short sentence, with no byline under the next one, keeps its heading.
        {"en", R"(The harbour reopens after two years of works
By John Roe
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
On the Water
Why do the ferries keep running late?
The company blames the old engines of its boats, but the crews say the timetable was never realistic.
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", "On the Water", true},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        const auto headings = headings_of(a);
        CHECK((std::find(headings.begin(), headings.end(), r.column) != headings.end()) == r.heading);
    }
}

TEST_CASE("a heading under an inline link to another article still heads its section", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* heading;
    };
    const Row rows[] = {
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
Read more: Why the old harbour had to close
New ferries for the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
The first boat will leave at seven in the morning and reach the largest island two hours later.
)", "New ferries for the islands"},
        {"de", R"(Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
Mehr zum Thema: Warum der alte Hafen schließen musste
Neue Fähren für die Inseln
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
Das erste Schiff legt um sieben Uhr morgens ab und erreicht die größte Insel zwei Stunden später.
)", "Neue Fähren für die Inseln"},
        {"es", R"(El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en la primavera.
Lee también: Por qué tuvo que cerrar el viejo puerto
Nuevos ferris para las islas
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones, dijo el alcalde.
El primer barco saldrá a las siete de la mañana y llegará a la isla más grande dos horas después.
)", "Nuevos ferris para las islas"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> headings = headings_of(a);
        CHECK(headings == std::vector<std::string>{r.heading});
    }
}

TEST_CASE("a one-word label in capitals over the article is no one-word title", "[classify][headline]") {
    struct Row {
        const char* lang;
        const char* page;
    };
    const Row rows[] = {
        {"en", R"(ENVIRONMENT
Goats ate every tree on the island for a century, and the rangers removed the last of them two years ago.
Since then, seedlings have come back on the northern slopes, and the first birds are nesting again in the cliffs.
)"},
        {"de", R"(POLITIK
Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss im kommenden Jahr abzureißen.
Die neue Brücke soll zwei Jahre später fertig sein und auch einen breiten Weg für Fußgänger erhalten.
)"},
        {"es", R"(CULTURA
El museo de la ciudad reabrió el lunes después de dos años de obras en sus salas y en su nuevo jardín.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en la primavera.
)"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK_FALSE(a.headline);
    }
}

TEST_CASE("a line telling the reading time is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"5 min read", "Reading time: 3 minutes", "Lesezeit: 3 Min.", "Lesedauer: 4 Minuten", "Temps de lecture : 4 min",
                             "Tiempo de lectura: 2 min", "Tempo di lettura: 5 minuti", "Leestijd: 4 minuten",
                             "Czas czytania: 6 min", "Tempo de leitura: 3 min"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // Without a number, or in a sentence, the words are text.
    for (const char* line : {"Reading time", "Die Lesezeit der Kinder hat sich in zehn Jahren um 20 Minuten verkürzt.",
                             "El tiempo de lectura bajó en 2023", "Die Lesedauer der Hefte stieg 2024 um ein Drittel."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("on a page that marks its headings, an unmarked title-like line is a caption", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> headings;
    };
    const Row rows[] = {
        {"en", R"(The harbour of the town is one of the oldest on the coast, and its history goes back to the first settlers.
History[edit]
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.
The old lighthouse at the end of the pier
The lighthouse was built in 1871 and guided the boats into the harbour until the new beacon was lit in 1960.
Trade[edit]
Trade grew quickly after the railway reached the town, and the harbour became the main port of the region.
Fishing[edit]
Fishing boats still land their catch every morning at the northern quay, where the market opens at six.
)", {"History[edit]", "Trade[edit]", "Fishing[edit]"}},
        {"de", R"(Der Hafen der Stadt ist einer der ältesten an der Küste, und seine Geschichte reicht bis zu den ersten Siedlern.
Geschichte[Bearbeiten | Quelltext bearbeiten]
Den ersten Kai bauten Fischer aus dem Norden, und er wurde zweimal erweitert, bevor die Eisenbahn in die Stadt kam.
Der alte Leuchtturm am Ende der Mole
Der Leuchtturm wurde 1871 gebaut und wies den Booten den Weg in den Hafen, bis 1960 das neue Leuchtfeuer kam.
Handel[Bearbeiten | Quelltext bearbeiten]
Der Handel wuchs schnell, nachdem die Eisenbahn die Stadt erreicht hatte, und der Hafen wurde der wichtigste der Region.
Fischerei[Bearbeiten | Quelltext bearbeiten]
Die Fischerboote bringen ihren Fang noch jeden Morgen an den nördlichen Kai, wo der Markt um sechs Uhr öffnet.
)", {"Geschichte[Bearbeiten | Quelltext bearbeiten]", "Handel[Bearbeiten | Quelltext bearbeiten]",
     "Fischerei[Bearbeiten | Quelltext bearbeiten]"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> headings = headings_of(a);
        CHECK(headings == r.headings);
    }
}

TEST_CASE("a picture gallery's slide counter opens no heading", "[classify][heading]") {
    for (const char* line : {"1/50 Harbour festival opens", "12/20 Die neue Brücke bei Nacht", "3/12 Le port au lever du jour",
                             "7/7 La fiesta en la plaza", "15/150"}) {
        INFO(line);
        CHECK(slide_counter(line));
    }
    // A date, a fraction, a score, a line without a counter.
    for (const char* line : {"12/2016 Jahresbericht", "3/4 cup of sugar", "21/3 Le match retour", "Harbour festival opens",
                             "1/2 Finale", "2024/25 season"}) {
        INFO(line);
        CHECK_FALSE(slide_counter(line));
    }
}

TEST_CASE("a picture gallery inside the article is no text of it; a slideshow page keeps its slides", "[classify][gallery]") {
    std::string page = "Harbour Weekly\nNews\nFerries return to the eastern pier\n"
                       "The ferries to the islands run again from the eastern pier after a winter of repairs on the "
                       "northern quay, the harbour office said on Monday.\n"
                       "The harbour master said the new moorings were safer than the old ones and would last for many "
                       "years, even in the storms of the autumn.\n"
                       "Harbour life in pictures\n5 show all\n";
    for (int k = 1; k <= 5; ++k)
        page += std::to_string(k) + "/5 A day on the quay\nA fisherman mends his nets on the quay while the ferry "
                "leaves for the islands in the early morning.\nGetty Images\n";
    page += "Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many "
            "days at sea.\nThe council will vote on the final bill in the spring, when the summer timetable of the "
            "ferries begins and the first tourists arrive.\n";
    Article a = classify(segment(page), "en");
    std::vector<std::string> paragraphs;
    for (const auto& sec : a.sections)
        paragraphs.insert(paragraphs.end(), sec.paragraphs.begin(), sec.paragraphs.end());
    CHECK(paragraphs.size() == 4);
    for (const auto& para : paragraphs) {
        INFO(para);
        CHECK(para.find("fisherman mends") == std::string::npos);
        CHECK(para.find("/5") == std::string::npos);
    }

    std::string show = "Hafen Wochenblatt\nNachrichten\nDer Hafen in Bildern\n";
    for (int k = 1; k <= 6; ++k)
        show += std::to_string(k) + "/6 Ein Tag am Kai\nEin Fischer flickt am frühen Morgen seine Netze am Kai, "
                "während die Fähre zu den Inseln ablegt und die Möwen über dem Wasser kreisen.\nFoto: Keystone\n";
    show += "Impressum\n";
    Article b = classify(segment(show), "de");
    for (const auto& line : b.boilerplate) {
        INFO(line);
        CHECK(line.find("Fischer flickt") == std::string::npos);
    }
}

TEST_CASE("a mega-menu of titles with one-line descriptions does not carry the article's region", "[classify][region]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* first_paragraph;
    };
    const Row rows[] = {
        {"en", R"(Harbour Guide
Ferry Timetables
Find the times of every boat that leaves the harbour for the islands during the week.
Parking Map
See where you can leave your car for a day or a week near the quays and the station.
Fish Market
Learn when the market opens and which boats land their catch there every morning.
Sailing School
Book a lesson for your children with the instructors of the club at the northern pier.
The harbour reopens after two years of work
The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
)", "The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin."},
        {"de", R"(Hafenführer
Fahrpläne der Fähren
Hier finden Sie die Zeiten aller Schiffe, die in der Woche vom Hafen zu den Inseln fahren.
Parkplätze
Sehen Sie, wo Sie Ihr Auto für einen Tag oder eine Woche nahe den Kais und dem Bahnhof abstellen können.
Fischmarkt
Erfahren Sie, wann der Markt öffnet und welche Boote dort jeden Morgen ihren Fang anlanden.
Segelschule
Buchen Sie eine Stunde für Ihre Kinder bei den Lehrern des Clubs an der nördlichen Mole.
Der Hafen ist nach zwei Jahren wieder offen
Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
)", "Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        std::string first = a.lede ? *a.lede : a.sections.front().paragraphs.front();
        CHECK(first == r.first_paragraph);
    }
}

TEST_CASE("a byline word alone on its line takes the names on the next line", "[classify][byline]") {
    for (const char* line : {"By", "Von", "Par", "Por", "di", "Door", "Written by"}) {
        INFO(line);
        CHECK(byline_word(line));
    }
    for (const char* line : {"By Jane Doe", "DE", "Share", "Bylines"}) {
        INFO(line);
        CHECK_FALSE(byline_word(line));
    }
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"en", R"(The harbour reopens after two years of work
By
Jane Doe
The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
)", {"Jane Doe"}},
        {"de", R"(Der Hafen ist nach zwei Jahren wieder offen
Von
Anna Muster
Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
)", {"Anna Muster"}},
        {"es", R"(El puerto reabre tras dos años de obras
Por
Juan Pérez
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en la primavera.
)", {"Juan Pérez"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(a.authors == r.authors);
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                CHECK(std::find(r.authors.begin(), r.authors.end(), para) == r.authors.end());
    }
}

TEST_CASE("a label and its colon alone on a line take the name on the next; a slash closes the name with its agency "
          "or its site", "[classify][byline]") {
    for (const char* line : {"Autor:", "Text:", "Texte :", "Author:", "Texto:", "Testo:"}) {
        INFO(line);
        CHECK(byline_word(line));
    }
    for (const char* line : {"Autorin gesucht:", "Hinweis:", ":"}) {
        INFO(line);
        CHECK_FALSE(byline_word(line));
    }
    struct Line {
        const char* line;
        std::vector<std::string> authors;
    };
    const Line lines[] = {
        {"Autor: Anna Muster/dpa", {"Anna Muster", "dpa"}},
        {"Text: Anna Muster / hafenblatt.example", {"Anna Muster"}},
        {"By Jane Roe/Reuters", {"Jane Roe", "Reuters"}},
        {"Par Jeanne Morel / Paul Vidal", {"Jeanne Morel", "Paul Vidal"}},
        {"Por Lucía Gómez/EFE", {"Lucía Gómez", "EFE"}},
        {"Di Marco Bianchi / portoblog.example", {"Marco Bianchi"}},
    };
    for (const auto& r : lines) {
        INFO(r.line);
        auto a = byline_authors(r.line, "");
        REQUIRE(a);
        CHECK(*a == r.authors);
    }
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"de", R"(Der Hafen ist nach zwei Jahren wieder offen
Autor:
Anna Muster/SP-Z
Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
)", {"Anna Muster"}},
        {"fr", R"(Le port rouvre après deux ans de travaux
Texte :
Jeanne Morel
Le port de la ville a rouvert lundi après deux ans de travaux sur ses vieux quais et sur son nouveau bassin.
Les travaux ont coûté plus que prévu, et le conseil a dû voter un second crédit au printemps de l'an dernier.
)", {"Jeanne Morel"}},
        {"en", R"(The harbour reopens after two years of work
Author:
Jane Doe
The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
)", {"Jane Doe"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(a.authors == r.authors);
    }
}

TEST_CASE("segment counts letters and digits and keeps each line's lower-cased words", "[classify][segment]") {
    struct Row {
        std::string line;
        int letters, digits;
    };
    const Row rows[] = {
        {"Room 42 on floor 7, built in 1998 by Tilda Marsh.", 30, 7},
        {"Größe: 12 Meter, Baujahr 2019 – Überholung 2024.", 27, 10},
        {"Ёлка 3 и ещё 15 ёлок", 12, 3},
        {"0123456789abcdefXYZ", 9, 10},
        {"東京 “quote” ３ — end… ‰", 10, 1}, // three-byte letters, a digit and punctuation
    };
    for (const auto& r : rows) {
        CAPTURE(r.line);
        Block b = block_of(r.line);
        CHECK(b.letters == r.letters);
        CHECK(b.digits == r.digits);
        CHECK(b.chars == text::length_cp(b.text));
        CHECK(b.lower == text::lower(b.text));
        CHECK(std::ranges::equal(b.lower_words(), text::words_lower(b.text)));
        StopwordCounts counts = count_stopwords(b.text);
        REQUIRE(counts.hits.size() <= b.stopword_hits.size());
        CHECK(std::equal(counts.hits.begin(), counts.hits.end(), b.stopword_hits.begin()));
        CHECK(std::all_of(b.stopword_hits.begin() + static_cast<std::ptrdiff_t>(counts.hits.size()),
                          b.stopword_hits.end(), [](int n) { return n == 0; }));
        CHECK(static_cast<int>(b.lower_words().size()) == counts.words);
    }
}


TEST_CASE("segment counts the other lines of the same text, told apart in their middle too", "[classify][segment]") {
    // The second and third lines have the same length and the same first and last eight bytes.
    const auto blocks = segment("Ferry notice: the north pier is closed today.\n"
                                "Ferry notice: the south pier is closed today.\n"
                                "Ferry notice: the north pier is closed today.\n"
                                "Ferry notice: the east  pier is closed today.\n"
                                "Short line\n"
                                "Short line\n");
    std::vector<int> repeats;
    for (const auto& b : blocks)
        repeats.push_back(b.repeats);
    CHECK(repeats == std::vector<int>{1, 0, 1, 0, 1, 1});
}

TEST_CASE("segment counts a line's tokens, capital initials, URLs and separators wherever they stand", "[classify][segment]") {
    // The tokens are read eight bytes at a time: the rows put them across those steps, after characters from U+0080
    // and at the line's end.
    struct Row {
        std::string line;
        int words, upper_initial, urls, separators;
    };
    const Row rows[] = {
        {"Ferry Times | Harbour Office > Timetables", 7, 5, 0, 2},
        {"Écluse de Vœux – Über die Brücke · Île", 9, 5, 0, 2},
        {"Pictures at www.example-harbour.org/ferries and mail.me@example.net too.", 6, 1, 2, 0},
        {"Größe äußerst klein: photo-1160x768.jpg, Ölkanne.png", 5, 2, 1, 0},
        {"Les « boîtes noires » ont parlé » ici", 9, 1, 0, 1},
        {"Ёлка https://ёлка.example/путь Ж", 3, 2, 1, 0},
        {"«Über» x", 2, 0, 0, 0},
        {"a", 1, 0, 0, 0},
        {"Z/", 1, 1, 0, 0},
        {"said. Then: 2024: done. @harbourdesk", 5, 1, 1, 0},
        // A mark that ends its token is no URL's but in "www."; "Zürich." is read from its multibyte letter on.
        {"Go to www. or write to desk@ Zürich. and/ or: ok.", 11, 2, 1, 0},
        {"www.", 1, 0, 1, 0},
        {"Harbour news, today | 7", 5, 1, 0, 1},
        {"Pier notes: » Ferry", 4, 2, 0, 1},
        {"Ein Satz endet hier.", 4, 2, 0, 0},
    };
    for (const auto& r : rows) {
        CAPTURE(r.line);
        Block b = block_of(r.line);
        CHECK(b.words == r.words);
        CHECK(b.upper_initial == r.upper_initial);
        CHECK(b.urls == r.urls);
        CHECK(b.separators == r.separators);
    }
}
TEST_CASE("the language read from the blocks' words is the language of the text", "[classify][segment]") {
    const std::string pages[] = {
        "Die Fähre nach Nordholm fährt wieder.\n\nDer Betreiber hat die Anlegestelle im Winter erneuert, und die "
        "Gemeinde ist froh darüber.\n",
        "Le marché de Valbrune rouvre samedi.\n\n  Les commerçants   attendent\tdu monde et la mairie a prévu des "
        "navettes depuis la gare.\n",
        "The ferry to Nordholm runs again. The operator rebuilt the\npier over the winter and the council is "
        "pleased with\nthe work that was done on it.\n\nMore pages of text follow here, wrapped at a fixed width\n"
        "like a plain-text document of the old kind, so that the\nsegmenter joins these lines into one paragraph.\n",
        "Zaq vor 12 plix.\n",
        "",
    };
    for (const auto& page : pages) {
        CAPTURE(page);
        CHECK(detect_language(segment(page)) == detect_language(std::string_view(page)));
    }
    CHECK(detect_language(segment(pages[0])) == "de");
}

TEST_CASE("a page keeps its stopword language whatever the script of its menus", "[classify][segment][lang]") {
    // An English article under a Japanese menu stays English; a Japanese article under an English menu is Japanese,
    // and read from the article's lines, not the menu's.
    const std::string en_page = "ホーム\n\nニュース\n\nスポーツ\n\nお問い合わせ\n\n"
                                "The new bridge over the river opened on Monday, and the people of the town walked "
                                "across it for the first time.\n\nThe mayor said that it was a good day for all of "
                                "them and that the old ferry would stop at the end of the month.\n";
    CHECK(detect_language(segment(en_page)) == "en");
    const std::string ja_page = "Home\n\nWorld\n\nSports\n\nContact\n\n"
                                "月曜日に川の新しい橋が開通し、町の人々は初めてその橋を歩いて渡りました。\n\n"
                                "市長は、今日はみんなにとって良い日だと話し、古い渡し船は月末で終わると述べました。\n";
    CHECK(detect_language(segment(ja_page)) == "ja");
    const std::string zh_page = "ホーム\n\nニュース\n\nスポーツ\n\n"
                                "星期一河上的新桥正式开通，镇上的居民第一次走过这座桥。\n\n"
                                "市长说今天对大家来说是个好日子，旧的渡船将在月底停止运营。\n";
    CHECK(detect_language(segment(zh_page)) == "zh");
    // Markup and addresses left in the text are no article's letters.
    std::string beacon = "<img width=1 height=1 src=\"http://counter.example.com/pixel?ref=";
    for (int k = 0; k < 8; ++k)
        beacon += "abcdefghijklmnopqrstuvwxyz";
    beacon += "\">\n\n";
    CHECK(detect_language(segment(beacon + beacon + ja_page)) == "ja");
}

TEST_CASE("first_tokens reads the first tokens of split_ws, no more than it has room for", "[classify][tokens]") {
    std::array<std::string_view, 3> room;
    auto three = first_tokens("  Harbour\tcrane  - lifts the  ferry ", room);
    REQUIRE(three.size() == 3);
    CHECK(three[0] == "Harbour");
    CHECK(three[1] == "crane");
    CHECK(three[2] == "-");
    auto all = text::split_ws("Photo: Mira Lindqvist");
    auto credit = first_tokens("Photo: Mira Lindqvist", room);
    CHECK(std::vector<std::string_view>(credit.begin(), credit.end()) == std::vector<std::string_view>(all.begin(), all.begin() + 3));
    CHECK(first_tokens("   ", room).empty());
}

TEST_CASE("a list item's bullet is the mark it opens with, then a space and text", "[classify][list]") {
    CHECK(bullet_mark("+ Added ferry timetables") == "+");
    CHECK(bullet_mark("• Neue Anlegestellen") == "•");
    CHECK(bullet_mark("– Nouveaux horaires du bac") == "–");
    CHECK(bullet_mark("► Más barcos en verano") == "►");
    // No space after the mark, too little after it, a minus sign or a dash inside a line: no bullet.
    CHECK(bullet_mark("+Added ferry timetables").empty());
    CHECK(bullet_mark("- ab").empty());
    CHECK(bullet_mark("-3 degrees tonight").empty());
    CHECK(bullet_mark("Ferries – new timetables").empty());
    // A mark sharing its first byte with another ("—" and "–"), an empty line, a line opening with a letter.
    CHECK(bullet_mark("· Horaires d'été") == "·");
    CHECK(bullet_mark("▪ Fährplan im Winter") == "▪");
    CHECK(bullet_mark("— Fährplan im Winter").empty());
    CHECK(bullet_mark("").empty());
    CHECK(bullet_mark("Plus de bateaux").empty());
}

TEST_CASE("the related-article label of a Japanese or Chinese page ends the article", "[classify][terminator]") {
    for (const char* line : {"【関連記事】", "関連記事", "あわせて読みたい", "相关阅读", "相關閱讀", "延伸阅读"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // A title that mentions related articles inside it is no label.
    for (const char* line : {"港の関連記事まとめを公開", "渡轮相关阅读资料", "港口新聞"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
    const test::PageRow rows[] = {
        {"zh", R"(港口新聞
渡輪恢復航行
經過一個冬天的維修，前往島嶼的渡輪今天重新從東碼頭出發，港務局表示新的泊位比舊的更安全，可以使用很多年。
漁民們歡迎這些工程，雖然碼頭在冬天的大部分時間都關閉，市場也搬了兩次，但大家都覺得非常值得。
相關閱讀
北港燈塔明年春天重新開放參觀
西岸漁市場改建工程延後到秋天
)", "北港燈塔明年春天重新開放參觀"},
        {"ja", R"(港ニュース
フェリー運航再開
冬の修理を終えて、島へ向かうフェリーが今日から東の桟橋から再び出航した。港湾局によると新しい係留場所は古いものより安全だという。
漁師たちは工事を歓迎したが、桟橋は冬の大部分の間閉鎖されていて、市場も二度移転した。それでも皆が価値があったと話している。
【関連記事】
北港の灯台、来春から見学を再開へ
西岸の魚市場、改修工事を秋まで延期
)", "北港の灯台、来春から見学を再開へ"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        std::vector<std::string> paragraphs = test::paragraphs_of(classify(segment(r.page), ""));
        CHECK(paragraphs.size() == 2);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) == paragraphs.end());
    }
}

TEST_CASE("the label of an advertisement printed once between two paragraphs is no text", "[classify][boilerplate]") {
    for (const char* line : {"Advertising", "ADVERTISING", "Anzeige", "Publicidad", "Pubblicità", "Publicidade",
                             "Reklama", "Advertentie"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // The same words inside a sentence or a title are text.
    for (const char* line : {"Advertising revenue fell by a third", "Anzeige bei der Polizei erstattet",
                             "Publicidad engañosa en el puerto"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
    const test::PageRow rows[] = {
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
ADVERTISING
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)", "ADVERTISING"},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Anzeige
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)", "Anzeige"},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus viejos muelles y en su nueva dársena.
Publicidad
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle del norte.
)", "Publicidad"},
        {"it", R"(I traghetti tornano al porto
Il porto della città ha riaperto lunedì dopo due anni di lavori sulle vecchie banchine e sul nuovo bacino.
Pubblicità
Tutta la città è scesa lunedì sull'acqua per vedere il primo traghetto attraccare alla nuova banchina nord.
)", "Pubblicità"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(paragraphs.size() == 2);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.line)) == paragraphs.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.line)) != a.boilerplate.end());
    }
}

TEST_CASE("blocks handed over to classify() give the record of blocks kept by the caller", "[classify][spent]") {
    // The overload for spent blocks moves the texts of the lines kept as boilerplate instead of copying them: the
    // record is the same, every kept line in it and in its place.
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"en", "Home\nNews\nSign in\nLanterns return to the old canal\nBy Mira Holt\nMarch 4, 2025\n"
               "The lantern boats came back to the old canal on Saturday after a winter of repairs to the locks.\n"
               "Hundreds of people walked along the towpath to watch the first boats drift under the stone bridge.\n"
               "Share this article\nMore from the valley\n© 2025 Valley Courier\n"},
        {"de", "Startseite\nLokales\nAnmelden\nDie Laternenboote sind zurück am alten Kanal\nVon Mira Holt\n"
               "4. März 2025\n"
               "Die Laternenboote sind am Samstag nach einem Winter voller Arbeiten an den Schleusen zurückgekehrt.\n"
               "Hunderte Menschen gingen den Treidelpfad entlang, um die ersten Boote unter der Brücke zu sehen.\n"
               "Artikel teilen\nMehr aus dem Tal\n© 2025 Talbote\n"},
    };
    for (const auto& [lang, page] : rows) {
        INFO(page);
        const std::vector<Block> kept = segment(page);
        std::vector<Block> spent = kept;
        const Article copied = classify(kept, lang);
        const Article moved = classify(std::move(spent), lang);
        CHECK(to_json(moved) == to_json(copied));
        // (The lines left out of the article are there, not emptied by the move.)
        CHECK(moved.boilerplate.size() >= 6);
        const std::string menu = page.substr(0, page.find('\n')); // "Home", "Startseite"
        CHECK(std::find(moved.boilerplate.begin(), moved.boilerplate.end(), menu) != moved.boilerplate.end());
        CHECK(std::none_of(moved.boilerplate.begin(), moved.boilerplate.end(),
                           [](const std::string& line) { return line.empty(); }));
    }
}

TEST_CASE("a free-standing separator is found at every place of a line, whatever the step that reads it",
          "[classify][headline]") {
    // The separators are sought sixteen bytes a step: each one at each place of the first steps and of the tail read
    // byte by byte, after a space or a tab; a separator glued to a word, or a longer run of marks, is none.
    const char* separators[] = {"|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*"};
    for (const char* sep : separators)
        for (std::size_t k = 0; k <= 40; ++k)
            for (const char* gap : {" ", "\t"}) {
                const std::string head = "Gull " + std::string(k, 'e') + " “Tide” ’s";
                const std::string line = head + gap + sep + " Lindholm Post";
                INFO(line);
                CHECK(any_title_separator(line));
                CHECK(any_title_separator(head + gap + sep));                  // the line's last token
                CHECK_FALSE(any_title_separator(head + gap + sep + "Post"));    // glued to the word after it
                CHECK_FALSE(any_title_separator(head + sep + " Lindholm Post")); // glued to the word before it
            }
    for (const char* line : {"Quai des brumes —— ein Film", "Hafen ---- Ende", "Den Kai: hier entlang",
                             "„Die Fähre“ fährt – wieder?", "Whose tide is it anyway? Ask the gulls, again and again"}) {
        INFO(line);
        CHECK(any_title_separator(line) == !title_pieces(line).empty());
    }
    CHECK_FALSE(any_title_separator("Hafen ---- Ende"));
    CHECK(any_title_separator("„Die Fähre“ fährt – wieder?"));
}

TEST_CASE("the portable search for a title separator answers as the sixteen-byte one", "[classify][headline]") {
    // Each separator's bytes, white space and letters at every place of lines of 0 to 40 bytes, read by both forms:
    // the steps of sixteen bytes (SSE2), of eight and the tail byte by byte must agree wherever a token falls.
    const std::string pieces[] = {" ", "\t", "\n", "a", "Z", "7", "|", "-", "–", "—", "•", "·", "»", "›", ">", "/",
                                  ":", "::", "~", "*", "é", "“", "\xE2", "\xC2", "\x80",
                                  // (bytes the sixteen-byte step's wider masks let through, for the exact check)
                                  ",", ".", ";", "<", "=", "?", "+", "}", "\x7F", "\r", "\x01", "\xC3", "\xE3"};
    std::uint32_t state = 12345;
    auto draw = [&state](std::size_t n) {
        state = state * 1664525u + 1013904223u;
        return static_cast<std::size_t>(state >> 8) % n;
    };
    std::size_t disagree = 0, found = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string line;
        const std::size_t least = draw(41);
        while (line.size() < least)
            line += draw(3) == 0 ? pieces[draw(std::size(pieces))] : std::string(1, static_cast<char>('a' + draw(26)));
        const bool fast = any_title_separator(line), portable = any_title_separator_portable(line);
        found += fast ? 1 : 0;
        if (fast != portable && ++disagree <= 5)
            FAIL_CHECK("line of " << line.size() << " bytes: " << fast << " != " << portable);
    }
    CHECK(disagree == 0);
    CHECK(found > 200); // (the lines drawn hold free-standing separators, and lines without)
    CHECK(found < 19000);
    CHECK(any_title_separator_portable("Lindholm Post | Harbour news of the week"));
    CHECK_FALSE(any_title_separator_portable("Hafen ---- Ende, eine lange Zeile ohne Trenner"));
}

TEST_CASE("a sentence of the article naming a day, between two lines of its text, is no date line", "[classify][date]") {
    const struct {
        const char* lang;
        const char* page; // a headline, the page's own date line, then the text with the sentence
        const char* sentence;
        const char* published;
    } rows[] = {
        {"en", R"(Harbour Notes
Lanterns on the quay
March 5, 2021
The lanterns of the old fishing boats were lit one after the other along the quay in the evening.
That was on March 3, 2019.
The harbour master said that the lanterns are lit only twice a year, at the spring tide and at the feast.
The council will vote on the final bill in the spring, when the summer timetable begins again.
)", "That was on March 3, 2019.", "2021-03-05"},
        {"en", R"(Harbour Notes
Lanterns on the quay
March 5, 2021
The lanterns of the old fishing boats were lit one after the other along the quay in the evening.
It all ended on Monday, 3 March 2019, at noon.
The harbour master said that the lanterns are lit only twice a year, at the spring tide and at the feast.
The council will vote on the final bill in the spring, when the summer timetable begins again.
)", "It all ended on Monday, 3 March 2019, at noon.", "2021-03-05"},
        {"de", R"(Hafennotizen
Laternen am Kai
5. März 2021
Die Laternen der alten Fischerboote wurden am Abend eines nach dem anderen am Kai angezündet.
Das war am 3. März 2019.
Der Hafenmeister sagte, dass die Laternen nur zweimal im Jahr angezündet werden, bei der Springflut und zum Fest.
Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan wieder beginnt.
)", "Das war am 3. März 2019.", "2021-03-05"},
        {"fr", R"(Notes du port
Les lanternes du quai
5 mars 2021
Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai, le soir.
C'était le 3 mars 2019.
Le capitaine du port a dit que les lanternes ne sont allumées que deux fois par an, à la grande marée et pour la fête.
Le conseil votera le budget au printemps, quand les horaires d'été commenceront de nouveau.
)", "C'était le 3 mars 2019.", "2021-03-05"},
        {"es", R"(Notas del puerto
Los faroles del muelle
5 de marzo de 2021
Los faroles de los viejos barcos de pesca se encendieron uno tras otro a lo largo del muelle por la tarde.
Fue el 3 de marzo de 2019.
El capitán del puerto dijo que los faroles solo se encienden dos veces al año, con la marea viva y en la fiesta.
El consejo votará el presupuesto en primavera, cuando vuelvan a empezar los horarios de verano.
)", "Fue el 3 de marzo de 2019.", "2021-03-05"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.sentence) != paragraphs.end());
        // The page's date is its own date line's, not the day the sentence names.
        REQUIRE(a.published);
        CHECK(*a.published == r.published);
    }
}

TEST_CASE("a person's name opening a date line, before a separator or the date, is the byline's",
          "[classify][byline]") {
    const struct {
        const char* line;
        const char* name;
    } rows[] = {
        {"Jane Roe - Apr 16, 2015 8:02 pm UTC", "Jane Roe"},
        {"Anna Muster | 3. März 2021, 14:05 Uhr", "Anna Muster"},
        {"Jeanne Morel • 12 mars 2022", "Jeanne Morel"},
        {"Lucía Gómez Ortega | Publicado hace 3 horas", "Lucía Gómez Ortega"},
        {"Marco Bianchi 4 maggio 2021", "Marco Bianchi"},
        {"Lena von Brandt / 22.04.2020 / 06:15", "Lena von Brandt"},
        // A comma standing alone between the name and the date.
        {"Anna Muster , 03. März 2021, 14:05 Uhr", "Anna Muster"},
        {"Jane Roe , Apr 16, 2015", "Jane Roe"},
        {"Jeanne Morel , 12 mars 2022", "Jeanne Morel"},
        {"Lucía Gómez , 4 de mayo de 2021", "Lucía Gómez"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto name = name_before_date(r.line);
        REQUIRE(name);
        CHECK(*name == r.name);
    }
    // A lone word, a month or a weekday after the first word, an acronym, glued words or a stopword name nobody.
    for (const char* line : {"Redaktion | 3. März 2021", "Founded February 2001", "Updated Monday 3 May 2021",
                             "News EC | 4 mayo 2021", "ByJane Roe 3 May 2021", "The Harbour | 3 May 2021",
                             "Le Port - 12 mars 2022", "Jane Roe arrived on 3 May 2021"}) {
        INFO(line);
        CHECK_FALSE(name_before_date(line));
    }
    // On a page: the name goes to the authors, the date to published.
    const char* pages[][2] = {
        {"en", "Harbour Notes\nLanterns on the quay\nJane Roe - Apr 16, 2015 8:02 pm\n"
               "The lanterns of the old fishing boats were lit one after the other along the quay last night.\n"
               "The harbour master said the lanterns are lit only twice a year, at the spring tide and in autumn.\n"},
        {"de", "Hafenblatt\nLaternen am Kai\nJane Roe | 16. April 2015\n"
               "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.\n"
               "Der Hafenmeister sagte, dass die Laternen nur zweimal im Jahr brennen, bei der Springflut im Frühling.\n"},
    };
    for (const auto& page : pages) {
        INFO(page[1]);
        Article a = classify(segment(page[1]), page[0]);
        CHECK(a.authors == std::vector<std::string>{"Jane Roe"});
        CHECK(a.published.value_or("").starts_with("2015-04-16"));
    }
}

TEST_CASE("a line that is only a person's name, over the page's first date line, is the byline",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* title;
        const char* name;
        const char* date;
        const char* text;
    } rows[] = {
        {"en", "Lanterns on the quay", "Jane Roe", "December 18, 2020",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night."},
        {"de", "Laternen am Kai", "Anna von Muster", "24. April 2020",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet."},
        {"fr", "Les lanternes du quai", "Jeanne Morel", "12 mars 2022",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir."},
        {"es", "Las linternas del muelle", "Lucía Gómez", "4 de mayo de 2021",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche."},
        {"it", "Le lanterne del molo", "Marco Bianchi", "4 maggio 2021",
         "Le lanterne delle vecchie barche da pesca sono state accese una dopo l'altra lungo il molo ieri sera."},
    };
    for (const auto& r : rows) {
        const std::string body = std::string(r.text) + "\n" + r.text + " " + r.text + "\n";
        const std::string page = std::string("Harbour Notes\n") + r.title + "\n\n" + r.name + "\n" + r.date + "\n\n" +
                                 body;
        INFO(page);
        Article a = classify(segment(page), r.lang);
        CHECK(a.authors == std::vector<std::string>{r.name});
        // Printed as a topic over the date and in the text, or as the last entry of a menu, it is no byline.
        const std::string topic = std::string("Harbour Notes\n") + r.title + "\n\nHarbour Lights\n" + r.date +
                                  "\n\nWe saw the Harbour Lights again, " + body;
        INFO(topic);
        CHECK(classify(segment(topic), r.lang).authors.empty());
        const std::string menu = std::string("Harbour Notes\n") + r.title + "\n\nFerries\nTrains\n" + r.name + "\n" +
                                 r.date + "\n\n" + body;
        INFO(menu);
        CHECK(classify(segment(menu), r.lang).authors.empty());
    }
    for (const char* line : {"Jane Roe", "Anna von Muster", "Jean-Luc Morel", "NATHALIE ROUX"}) {
        INFO(line);
        CHECK(name_line(line));
    }
    for (const char* line : {"Redaktion", "The Harbour", "Les Ports", "Harbour EC", "ByJane Roe", "Friday March"}) {
        INFO(line);
        CHECK_FALSE(name_line(line));
    }
}

TEST_CASE("a byline's name opened by an article or another small word is a paper's, not a person's",
          "[classify][byline]") {
    for (const char* line : {"By The Harbour Weekly", "Par Le Petit Journal du Port", "Von Der Hafenbote",
                             "Por El Diario del Puerto", "Di La Gazzetta del Molo"}) {
        INFO(line);
        auto names = byline_authors(line, "");
        CHECK((!names || names->empty()));
    }
    // The person's byline further down is then the page's.
    const char* page = "Harbour Notes\nLanterns on the quay\nBy\nThe Harbour Weekly\nMarch 3, 2021\n"
                       "Written by: Jane Roe\n"
                       "The lanterns of the old fishing boats were lit one after the other along the quay last night.\n"
                       "The harbour master said the lanterns are lit only twice a year, at the spring tide.\n";
    CHECK(classify(segment(page), "en").authors == std::vector<std::string>{"Jane Roe"});
}

TEST_CASE("the authors are the first byline's; later bylines sign the teasers of other articles",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* byline;
        const char* text;
        const char* teaser;
        const char* other;
    } rows[] = {
        {"en", "By Jane Roe", "The lanterns of the old fishing boats were lit one after the other along the quay.",
         "Ferries return to the northern pier", "By John Doe"},
        {"de", "Von Anna Muster", "Die Laternen der alten Fischerboote wurden gestern Abend am Kai angezündet.",
         "Die Fähren kehren an den Nordkai zurück", "Von Max Beispiel"},
        {"fr", "Par Jeanne Morel", "Les lanternes des vieux bateaux de pêche furent allumées le long du quai.",
         "Les ferries reviennent au quai nord", "Par Paul Martin"},
        {"es", "Por Lucía Gómez", "Las linternas de los viejos barcos de pesca se encendieron a lo largo del muelle.",
         "Los transbordadores vuelven al muelle norte", "Por Pablo Ruiz"},
    };
    for (const auto& r : rows) {
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") + r.byline + "\n" + r.text +
                                 "\n" + r.text + " " + r.text + "\n" + r.teaser + "\n" + r.other + "\n" + r.text +
                                 "\n" + r.text + " " + r.text + "\n";
        INFO(page);
        Article a = classify(segment(page), r.lang);
        REQUIRE(!a.authors.empty());
        CHECK(a.authors == std::vector<std::string>{std::string(r.byline).substr(std::string(r.byline).find(' ') + 1)});
    }
    // Two names over each other ("By Jane Roe" / "and John Doe") are both the article's.
    const char* page = "Harbour Notes\nLanterns on the quay\nBy Jane Roe\nBy John Doe\n"
                       "The lanterns of the old fishing boats were lit one after the other along the quay last night.\n";
    CHECK(classify(segment(page), "en").authors == std::vector<std::string>{"Jane Roe", "John Doe"});
}

TEST_CASE("a page printing no byline over its text may sign it a few lines under the text's end",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* text;
        const char* closing;
        const char* name;
    } rows[] = {
        {"en", "The lanterns of the old fishing boats were lit one after the other along the quay last night.",
         "Posted by Jane Roe at 5:11 AM", "Jane Roe"},
        {"de", "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet.",
         "Text: Anna Muster", "Anna Muster"},
        {"fr", "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir.",
         "Par Jeanne Morel", "Jeanne Morel"},
        {"es", "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche.",
         "Por Lucía Gómez", "Lucía Gómez"},
    };
    for (const auto& r : rows) {
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n\n") + r.text + "\n" + r.text +
                                 " " + r.text + "\n" + r.text + "\n\n" + r.closing + "\nShare\nComments\n";
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.name});
    }
}

TEST_CASE("a date line signed with a name of one word gives that author (a blog's first name or handle)",
          "[classify][byline]") {
    const struct {
        const char* lang;
        const char* date_line;
        const char* name;
        const char* text;
    } rows[] = {
        {"en", "12/04/2020 by Marla 24 Comments", "Marla",
         "The lanterns of the old fishing boats were lit one after the other along the quay last night."},
        {"de", "29. Juni 2017, 23:39 · von Tobsen", "Tobsen",
         "Die Laternen der alten Fischerboote wurden gestern Abend eine nach der anderen am Kai angezündet."},
        {"fr", "12 mars 2022 par Margaux", "Margaux",
         "Les lanternes des vieux bateaux de pêche furent allumées l'une après l'autre le long du quai hier soir."},
        {"es", "4 de mayo de 2021 por Lucía", "Lucía",
         "Las linternas de los viejos barcos de pesca se encendieron una tras otra a lo largo del muelle anoche."},
        {"it", "4 maggio 2021 di Chiaretta", "Chiaretta",
         "Le lanterne delle vecchie barche da pesca sono state accese una dopo l'altra lungo il molo ieri sera."},
    };
    for (const auto& r : rows) {
        const std::string body = std::string(r.text) + "\n" + r.text + " " + r.text + "\n";
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") + r.date_line + "\n" + body;
        INFO(page);
        CHECK(classify(segment(page), r.lang).authors == std::vector<std::string>{r.name});
        auto names = byline_authors(std::string(r.date_line).substr(std::string(r.date_line).rfind(r.name) - 4), r.lang,
                                    true);
        CHECK((names && *names == std::vector<std::string>{r.name}));
    }
    // An acronym, glued words or a word the page prints in small letters is a site's or a word, no author.
    for (const char* date_line : {"12/04/2020 by HNB", "12/04/2020 by HarbourBlog", "12/04/2020 by Lanterns"}) {
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") + date_line + "\n" + rows[0].text +
                                 "\n" + rows[0].text + " " + rows[0].text + "\n";
        INFO(page);
        CHECK(classify(segment(page), "en").authors.empty());
    }
    // Outside a date line a lone capitalised word after "Von" stays a noun.
    CHECK_FALSE(byline_authors("Von Stadtplänen", "de"));
}
