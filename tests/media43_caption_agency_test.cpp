// Captions closed by a credit the rules did not read: a bare agency in parentheses after a caption whose phrase a
// comma parts ("... del ponte, chiuso al traffico dal 2024 (Ansa)"), a picture agency of two words in parentheses
// ("(Getty Images)", credits.cpp lone_picture_agency()) and a copyright sign before the agency closing the caption
// ("... (foto d'archivio) © ANSA", credit_captions.cpp copyright_credit_closing(), also with the photographer after a
// slash: "... © EFE/Ana Ruiz"). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "classify.hpp"
#include "credits_parts.hpp"
#include "media39_caption_rows.hpp"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

using namespace archive;

namespace {

// Lines that split_trailing_credit() leaves whole: no caption closed by a credit.
void check_no_splits(std::initializer_list<const char*> lines) {
    for (const char* line : lines) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)).has_value());
    }
}

bool credit_without_caption(const Article& a, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(),
                       [&](const Media& m) { return !m.caption && m.credit == credit; });
}

bool line_in_boilerplate(const Article& a, const std::string& line) {
    return std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end();
}

} // namespace

TEST_CASE("a caption parted by a comma is closed by a bare agency in parentheses", "[media][credit][media43]") {
    const test::CaptionSplitRow rows[] = {
        {"Il cantiere del vecchio ponte, chiuso al traffico dal 2024 (Ansa)",
         "Il cantiere del vecchio ponte, chiuso al traffico dal 2024", "(Ansa)"},
        {"The old pier at Harwick, closed since the storm in March (Reuters)",
         "The old pier at Harwick, closed since the storm in March", "(Reuters)"},
        {"Der alte Steg am Hafen, seit dem Sturm gesperrt (dpa)", "Der alte Steg am Hafen, seit dem Sturm gesperrt",
         "(dpa)"},
        {"El viejo muelle del puerto, cerrado desde marzo (EFE)", "El viejo muelle del puerto, cerrado desde marzo",
         "(EFE)"},
    };
    test::check_caption_splits(rows);
}

TEST_CASE("a text's closing tag, a dateline or a signature is no caption closed by an agency",
          "[media][credit][media43]") {
    check_no_splits({
             // A sentence closed by its stop before the tag.
             "La strada resta chiusa, ha detto il sindaco. (Ansa)",
             "The road stays closed, the mayor said. (Reuters)",
             // A dateline (one word before the comma) and a signature (a name before it).
             "Roma, 5 dicembre (Ansa)",
             "Madrid, 5 de diciembre (EFE)",
             "Mario Rossi, Roma (ANSA)",
             "Anna Muster, Bern (sda)",
             // Three commas: a list, no caption.
             "Il sindaco, il prefetto, il questore, il vescovo (Ansa)",
             // Too long for a caption.
             "Il sindaco ha firmato l'ordinanza di sgombero per le famiglie, e la strada resta chiusa fino a data da "
             "destinarsi (Ansa)",
    });
}

TEST_CASE("a picture agency's two-word name in parentheses credits a picture", "[media][credit][media43]") {
    const std::pair<const char*, bool> lines[] = {
        {"(Getty Images)", true},
        {"(Imago Images)", true},
        // Not a picture agency, a small letter, three words.
        {"(Harbour Images)", false},
        {"(Getty images)", false},
        {"(Getty Images Europe)", false},
    };
    test::check_credit_lines(lines);
    const test::CaptionSplitRow rows[] = {
        {"Un medico prepara una dose di vaccino (Getty Images)", "Un medico prepara una dose di vaccino",
         "(Getty Images)"},
        {"A nurse prepares a flu jab at the clinic (Getty Images)", "A nurse prepares a flu jab at the clinic",
         "(Getty Images)"},
        {"Eine Ärztin bereitet eine Impfung vor (Imago Images)", "Eine Ärztin bereitet eine Impfung vor",
         "(Imago Images)"},
    };
    test::check_caption_splits(rows);
}

TEST_CASE("a copyright sign and an agency close a caption", "[media][credit][media43]") {
    const test::CaptionSplitRow rows[] = {
        {"Neve sull'autostrada A24 (foto d'archivio) © ANSA", "Neve sull'autostrada A24 (foto d'archivio)", "© ANSA"},
        {"Snow on the motorway near the pass on Friday. © Reuters", "Snow on the motorway near the pass on Friday.",
         "© Reuters"},
        {"Schnee auf der Autobahn am Pass © Keystone", "Schnee auf der Autobahn am Pass", "© Keystone"},
        {"La nieve en la autovía a su paso por el puerto © EFE", "La nieve en la autovía a su paso por el puerto",
         "© EFE"},
    };
    test::check_caption_splits(rows);
    // A site's notice: rights, the copyright word, a year, a caption in capitals or too short, no agency.
    for (const char* line : {
             "Riproduzione riservata © ANSA",
             "Todos los derechos reservados © EFE",
             "Copyright Harbour Media Group © Reuters",
             "Neve sull'autostrada A24 © 2026 ANSA",
             "NEVE SULL'AUTOSTRADA A24 © ANSA",
             "Neve sull'autostrada © ANSA",
         }) {
        INFO(line);
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK_FALSE((split.has_value() && split->second.starts_with("©")));
    }
}

TEST_CASE("a picture's label and a public body's name in small words credit the picture", "[media][credit][media43]") {
    const std::pair<const char*, bool> lines[] = {
        {"(foto Vigili del fuoco)", true},
        {"(foto Protezione civile)", true},
        {"(Foto Policía local de Vigo)", true},
        {"(Foto Feuerwehr Musterstadt)", true},
        // Small words after the label say what the picture is; a figure, a colon.
        {"(foto del giorno)", false},
        {"(Foto in alto)", false},
        {"(foto Vigili del 2026)", false},
    };
    test::check_credit_lines(lines);
    const test::CaptionSplitRow rows[] = {
        {"La frana vista dall'alto (foto Vigili del fuoco)", "La frana vista dall'alto", "(foto Vigili del fuoco)"},
        {"El incendio visto desde el monte (Foto Bomberos de la comarca)", "El incendio visto desde el monte",
         "(Foto Bomberos de la comarca)"},
    };
    test::check_caption_splits(rows);
}

TEST_CASE("a photographer's name and agency glued after the caption's stop credit the picture",
          "[media][credit][media43]") {
    const test::CaptionSplitRow rows[] = {
        {"La ministra de Hacienda, durante la rueda de prensa de este martes en La Moncloa. Fernando Ruiz Luján (EFE)",
         "La ministra de Hacienda, durante la rueda de prensa de este martes en La Moncloa.",
         "Fernando Ruiz Luján (EFE)"},
        {"Il ministro al cantiere del ponte, ieri mattina. Mario Bianchi (Ansa)",
         "Il ministro al cantiere del ponte, ieri mattina.", "Mario Bianchi (Ansa)"},
        {"Die Ministerin am Montag im Hafen von Kiel. Anna Muster (dpa)", "Die Ministerin am Montag im Hafen von Kiel.",
         "Anna Muster (dpa)"},
        {"The minister at the new pier on Tuesday. Jane Roe (Reuters)", "The minister at the new pier on Tuesday.",
         "Jane Roe (Reuters)"},
    };
    test::check_caption_splits(rows);
    // A text's tag alone after its stop; words after the stop that are no person's name; a name and no caption.
    check_no_splits({"La policía investiga lo ocurrido, según fuentes del caso. (EFE)",
                     "La policía investiga lo ocurrido. Los vecinos (EFE)", "Madrid. Ana Ruiz (EFE)"});
}

TEST_CASE("a photographer's name alone glued after a one-sentence caption credits the picture",
          "[media][credit][media43]") {
    const test::CaptionSplitRow rows[] = {
        {"La escritora Inés Ruiz, el pasado miércoles en su casa de Madrid. Andrea Comas",
         "La escritora Inés Ruiz, el pasado miércoles en su casa de Madrid.", "Andrea Comas"},
        {"Il sindaco sul molo del porto, ieri mattina. Marco Bianchi", "Il sindaco sul molo del porto, ieri mattina.",
         "Marco Bianchi"},
        {"The mayor on the harbour wall on Tuesday morning. Daniel Ruiz",
         "The mayor on the harbour wall on Tuesday morning.", "Daniel Ruiz"},
    };
    test::check_caption_splits(rows);
    // A paragraph of two sentences, a quote, a title before a name, a caption too short, a name with a figure.
    check_no_splits({
             "La alcaldesa visitó la obra. Después habló con los vecinos del barrio. Andrea Comas",
             "\"Seguiremos trabajando\", dijo la alcaldesa en su casa de Madrid. Andrea Comas",
             "The lecture on the history of the harbour was given by Dr. Jane Roe",
             "La escritora en Madrid. Andrea Comas",
             "La escritora Inés Ruiz en su casa de Madrid. Andrea Comas 2",
             // An alias after an abbreviation's stops; a consent notice closed by its buttons.
             "Das Tagebuch von Anna Roe, Autorin und Übersetzerin, a.k.a. Anna Lee",
             "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Accetta Rifiuta",
             "We use cookies on this site to measure how our pages are read. Accept Reject",
    });
}

TEST_CASE("a copyright sign before an agency and a photographer closes a caption", "[media][credit][probe98]") {
    const test::CaptionSplitRow rows[] = {
        {"La alcaldesa Inmaculada Berrocal en el pleno © EFE/Ana Ruiz", "La alcaldesa Inmaculada Berrocal en el pleno",
         "© EFE/Ana Ruiz"},
        {"Wethouder Ruud Claessens tijdens het debat © ANP/Robin Utrecht", "Wethouder Ruud Claessens tijdens het debat",
         "© ANP/Robin Utrecht"},
        {"A presidente da câmara na sessão © Lusa/João Relvas", "A presidente da câmara na sessão",
         "© Lusa/João Relvas"},
        {"The flooded square at dawn © Reuters/Jane Roe", "The flooded square at dawn", "© Reuters/Jane Roe"},
    };
    test::check_caption_splits(rows);
}

TEST_CASE("a copyright sign before names with no agency closes no caption", "[media][credit][probe98]") {
    check_no_splits({
        // Two names and no agency after the sign, a site's rights notice before it, a year after it.
        "La alcaldesa Inmaculada Berrocal en el pleno © Ana Ruiz/Luis Gil",
        "Riproduzione riservata © ANSA/Giulia Rossi",
        "La alcaldesa en el pleno © 2026/EFE",
    });
}

// "Ruud Claessens © ANP": a person's bare name before a copyright sign and an agency, alone on its line, is the caption
// of the person the picture shows when a sentence of the article prints the name (classify_meta.cpp); a photographer's
// name is printed nowhere else, and a two-word phrase that is no name closes no caption (media98).
TEST_CASE("a person's name the text prints, before a copyright sign and an agency, is the picture's caption",
          "[media][credit][media98]") {
    const std::pair<const char*, const char*> names[] = {
        {"Ruud Claessens © ANP", "Ruud Claessens"},
        {"Anna Muster © Keystone", "Anna Muster"},
        {"Jeanne Morel © AFP", "Jeanne Morel"},
    };
    for (const auto& [line, name] : names) {
        INFO(line);
        const auto split = name_over_copyright(line);
        REQUIRE(split.has_value());
        CHECK(split->first == name);
        CHECK(split->second.starts_with("\u00a9 "));
    }
    for (const char* line : {"Neve sull'autostrada © ANSA", "Schnee auf der Autobahn am Pass © Keystone",
                             "Riproduzione riservata © ANSA", "Anna Muster © 2026", "Anna Muster © harbour media",
                             "Anna Muster"}) {
        INFO(line);
        CHECK_FALSE(name_over_copyright(line).has_value());
    }
    const struct {
        const char* head;
        const char* first;
        const char* line;
        const char* rest;
        const char* caption; // nullptr: no picture of that caption
    } pages[] = {
        {"Trainer Maasbergen stopt na dit seizoen bij FC Ooldrecht\nDe coach maakte zijn besluit bekend na de derby\n"
         "Door Femke van Dalen\n7 december 2026, 09:12\n",
         "Trainer Joost Maasbergen van FC Ooldrecht stopt aan het einde van dit seizoen. Dat maakte de club zondag "
         "bekend na de gewonnen derby.",
         "Joost Maasbergen © ANP",
         "Maasbergen werkte vier seizoenen bij de club en leidde de ploeg in 2024 naar promotie.\n",
         "Joost Maasbergen"},
        {"Trainer Brunnbauer verlässt den FC Seetal im Sommer\nDer Coach gab seine Entscheidung nach dem Derby "
         "bekannt\nVon Lena Hartwig\n7. Dezember 2026, 09:12 Uhr\n",
         "Trainer Jonas Brunnbauer verlässt den FC Seetal zum Ende der Saison. Das teilte der Verein am Sonntag nach "
         "dem gewonnenen Derby mit.",
         "Jonas Brunnbauer © Keystone",
         "Brunnbauer arbeitete vier Jahre beim Verein und führte die Mannschaft 2024 zum Aufstieg.\n",
         "Jonas Brunnbauer"},
        // (near miss: the name is printed nowhere else, a photographer's)
        {"Trainer Brunnbauer verlässt den FC Seetal im Sommer\nDer Coach gab seine Entscheidung nach dem Derby "
         "bekannt\nVon Lena Hartwig\n7. Dezember 2026, 09:12 Uhr\n",
         "Trainer Jonas Brunnbauer verlässt den FC Seetal zum Ende der Saison. Das teilte der Verein am Sonntag nach "
         "dem gewonnenen Derby mit.",
         "Petra Lindholm © Keystone",
         "Brunnbauer arbeitete vier Jahre beim Verein und führte die Mannschaft 2024 zum Aufstieg.\n",
         nullptr},
    };
    for (const auto& r : pages) {
        INFO(r.line);
        const Article a = parse(std::string("Nieuws\nSport\n") + r.head + r.first + "\n" + r.line + "\n" + r.rest,
                                "page.txt");
        const bool named = std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return r.caption != nullptr && m.caption == std::optional<std::string>(r.caption) &&
                   m.credit == std::optional<std::string>(std::string(r.line).substr(std::strlen(r.caption) + 1));
        });
        CHECK(named == (r.caption != nullptr));
        for (const Media& m : a.media)
            CHECK(m.caption != std::optional<std::string>("Petra Lindholm"));
    }
}

// A photographer's name before the copyright sign and the agency alone on its line, the name printed nowhere else
// ("Marta Kowal © Reuters"), went to the boilerplate: it is the credit of a picture printed without its caption
// (classify_meta.cpp, media99). The last case above stays: a name the text prints is the person shown.
TEST_CASE("a photographer's name before the copyright sign alone under the text credits a picture",
          "[media][credit][media99]") {
    struct Row {
        const char* head;
        const char* over; // the paragraph over the credit, under the head
        const char* credit;
        const char* rest; // the text's next paragraph
    };
    const Row rows[] = {
        {"Dagblad van het Oosten\nSport\nKeeper Brinkman verlengt contract bij FC Dijkerveld\nDe doelman blijft "
         "nog twee seizoenen\nDoor Femke van Dalen\n7 december 2026, 09:12\n",
         "Keeper Sven Brinkman van FC Dijkerveld heeft zijn contract verlengd. Dat maakte de club zondag bekend.",
         "Marta Kowal © Reuters",
         "Brinkman speelt sinds 2021 voor de club en groeide uit tot aanvoerder van de ploeg."},
        {"Le Courrier du Val\nSport\nLe gardien Morel prolonge au FC Valmont\nIl reste deux saisons de plus\n"
         "Par Jeanne Dupont\nPublié le 7 décembre 2026 à 09:12\n",
         "Le gardien Paul Morel a prolongé son contrat avec le FC Valmont. Le club l'a annoncé dimanche.",
         "Jean Dufaux © AFP", "Morel joue pour le club depuis 2021 et en est devenu le capitaine l'an dernier."},
        {"The Harbour Post\nSport\nKeeper Hale signs new deal at Port Ellery\nThe goalkeeper stays for two more "
         "seasons\nBy Jane Roe\nDecember 7, 2026\n",
         "Goalkeeper Sam Hale has signed a two-year extension with Port Ellery FC. The club announced it on Sunday.",
         "Marta Kowal © Reuters", "The keeper has played for the club since 2021 and became its captain last year."},
    };
    for (const Row& r : rows) {
        INFO(r.credit);
        const Article a = parse(std::string(r.head) + r.over + "\n" + r.credit + "\n" + r.rest + "\n");
        CHECK(credit_without_caption(a, r.credit));
        CHECK_FALSE(line_in_boilerplate(a, r.credit));
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] == r.over);
    }
}

TEST_CASE("a name before the copyright sign that the text prints stays the caption of the person shown",
          "[media][credit][media99]") {
    // (media98's reading, unchanged: the name is the person the picture shows, the sign and the agency its credit.)
    const Article a = parse("Dagblad van het Oosten\nSport\nKeeper Brinkman verlengt contract bij FC Dijkerveld\n"
                            "De doelman blijft nog twee seizoenen\nDoor Femke van Dalen\n7 december 2026, 09:12\n"
                            "Keeper Sven Brinkman van FC Dijkerveld heeft zijn contract verlengd. Dat maakte de club "
                            "zondag bekend.\nSven Brinkman © ANP\nBrinkman speelt sinds 2021 voor de club en groeide "
                            "uit tot aanvoerder van de ploeg.\n");
    CHECK(test::has_media(a, "Sven Brinkman", "© ANP"));
    CHECK_FALSE(credit_without_caption(a, "Sven Brinkman © ANP"));
}
