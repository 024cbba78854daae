// Shapes of agency stories on regional sites the samples lacked: an Austrian page's APA story (the head of a Land,
// "der Landeshauptmann", met again by his role), a Flemish page's Belga story (the speaker's club after "van", a
// request reported with "vraagt dat") and an Argentine daily's story closed by "(NA)" or "(Télam)" ("anticipó que").
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "quote_rows.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::quote_rows::check_quotes;
using archive::test::check_found_or_none;

TEST_CASE("Argentina's agencies close a story as its tag", "[classify][tags][agency]") {
    struct Row {
        const char* line;
        std::vector<std::string> ids; // empty: no tag
    };
    const std::vector<Row> rows = {
        {"(NA)", {"na"}},         // es-AR: Noticias Argentinas
        {"(Télam)", {"telam"}},   // es-AR, with its accent
        {"(Telam)", {"telam"}},   // and without it
        {"(NA/EFE)", {"na", "efe"}},
        {"(APA)", {"apa"}},       // de-AT, known before
        {"(Müller)", {}},         // a letter past ASCII in no agency's name
        {"(NASA)", {}},
        {"(na semana passada)", {}}, // pt: "na" opening a remark
    };
    for (const Row& r : rows)
        check_found_or_none(r.line, agency_tag(r.line), r.ids);
}

TEST_CASE("the head of an Austrian Land and his ministers are met again by their role", "[quotes][roles][agency]") {
    check_quotes({
        {"de",
         {"Landeshauptmann Georg Wallner besuchte am Dienstag die Baustelle der neuen Bahn.",
          "„Die Bahn sichert Arbeitsplätze im Tal“, sagte der Landeshauptmann."},
         "Die Bahn sichert Arbeitsplätze im Tal",
         "Georg Wallner",
         "der Landeshauptmann"},
        {"de",
         {"Landesrätin Eva Huber eröffnete am Montag die neue Haltestelle vor der Talstation.",
          "„Der Bus fährt ab Jänner jede halbe Stunde“, so die Landesrätin."},
         "Der Bus fährt ab Jänner jede halbe Stunde",
         "Eva Huber",
         "die Landesrätin"},
        // fr: the same shape with a role known before
        {"fr",
         {"« La ligne ouvrira en janvier », a déclaré le maire, Paul Girard.",
          "Selon le maire, le tarif restera le même."},
         "le tarif restera le même",
         "Paul Girard",
         "le maire"},
    });
}

TEST_CASE("Spanish reports what someone announces ahead with \"anticipó\" and \"adelantó\"", "[quotes][indirect][agency]") {
    check_quotes({
        {"es",
         {"El intendente Jorge Paredes anticipó que la nueva línea de colectivos empezará a funcionar en enero."},
         "la nueva línea de colectivos empezará a funcionar en enero",
         "Jorge Paredes",
         "El intendente Jorge Paredes"},
        {"es",
         {"La gobernadora Marta Quiroga adelantó que el aumento regirá desde el lunes."},
         "el aumento regirá desde el lunes",
         "Marta Quiroga",
         "La gobernadora Marta Quiroga"},
        // fr: the same shape with a cue known before
        {"fr",
         {"Le maire Paul Girard a annoncé que la nouvelle ligne de bus ouvrira en janvier."},
         "la nouvelle ligne de bus ouvrira en janvier",
         "Paul Girard",
         "Le maire Paul Girard"},
    });
}

TEST_CASE("Dutch: the speaker's club after \"van\" ends the mention, a name's own \"van\" does not, and \"vraagt dat\" reports",
          "[quotes][mentions][agency]") {
    check_quotes({
        {"nl",
         {"\"Wie hier met kinderen fietst, houdt zijn hart vast\", zei Ruben Smet van de lokale fietsersbond."},
         "Wie hier met kinderen fietst, houdt zijn hart vast",
         "Ruben Smet",
         "Ruben Smet"},
        {"nl",
         {"\"De dijk moet eerst worden versterkt\", zei Joris van Dam tijdens de vergadering."},
         "De dijk moet eerst worden versterkt",
         "Joris van Dam",
         "Joris van Dam"},
        {"nl",
         {"\"De oversteek is gevaarlijk\", zei wethouder Lies Peeters. Ze vraagt dat de provincie een tunnel aanlegt."},
         "de provincie een tunnel aanlegt",
         "Lies Peeters",
         "Ze"},
        // de: the same shape, known before
        {"de",
         {"„Wer hier mit Kindern fährt, hat Angst“, sagte Ruth Kogler vom örtlichen Radfahrclub."},
         "Wer hier mit Kindern fährt, hat Angst",
         "Ruth Kogler",
         nullptr},
    });
}

TEST_CASE("a role noun or a pronoun is met in no public body a caption names", "[quotes][roles][agency]") {
    // es: "(Ministerio de Salud vía EFE)" credits a picture; "el portavoz" is nobody named before
    check_quotes({
        {"es",
         {"El puerto recibió ayer un nuevo buque de carga con contenedores para la exportación de granos.",
          "Una prueba en el muelle norte (Ministerio de Salud vía EFE) se hizo por la mañana con equipos nuevos.",
          "«Seguimos atentos a cada carga que llega», dijo el portavoz a los periodistas en la terminal."},
         "Seguimos atentos a cada carga que llega",
         "",
         "el portavoz"},
        // en: the same shape, right before the rule
        {"en",
         {"The port received a new cargo ship with containers for grain exports yesterday.",
          "A test on the north pier (Ministry of Health via AP) was carried out in the morning with new equipment.",
          "\"We keep watching every cargo that arrives,\" the spokesman told reporters at the terminal."},
         "We keep watching every cargo that arrives",
         "",
         "the spokesman"},
    });
}
