// Table-driven tests of the quotes stage, in several languages: the names of speakers (people, bodies, roles) and their
// gender.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace archive;

using namespace archive::quote_checks;
using archive::quote_rows::check_quotes;

TEST_CASE("role descriptions resolve to compatible people", "[quotes][speakers]") {
    Article a = body("fr", {
        "Le chef de la diplomatie russe, Sergueï Lavrov, a rencontré son homologue John Kerry.",
        "Le président français François Hollande a ouvert la réunion à Paris.",
        "«Nous devons agir vite et ensemble», a souligné le responsable russe.",
    });
    auto qs = extract_quotes(a);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == "Sergueï Lavrov");
    CHECK(qs[0].mention == "le responsable russe");
}

TEST_CASE("a role description agrees in gender with the person it names", "[quotes][speakers][gender]") {
    // The woman and the man are both described; the last quote's role word matches neither description, so only
    // its gender (an article, a feminine or masculine role noun, German -in) tells them apart.
    check_quotes({
        {"fr", {"La députée Claire Morel a rencontré lundi le ministre Paul Roux pour parler du port.",
                "«Nous restons prudents», a ajouté la responsable."}, "Nous restons prudents", "Claire Morel"},
        {"fr", {"Le ministre Paul Roux a rencontré lundi la députée Claire Morel pour parler du port.",
                "«Rien n'est décidé», a répondu le responsable."}, "Rien n'est décidé", "Paul Roux"},
        {"en", {"Jane Doe, a spokeswoman for the port, met the minister, John Roe, on Monday.",
                "\"Nothing is decided yet,\" the spokeswoman replied."}, "Nothing is decided yet", "Jane Doe"},
        {"de", {"Die Bürgermeisterin Anna Keller traf am Montag den Minister Peter Roth im Rathaus.",
                "„Noch ist nichts entschieden“, sagte die Sprecherin."}, "Noch ist nichts entschieden", "Anna Keller"},
        {"it", {"La sindaca Giulia Rossi ha incontrato lunedì il ministro Marco Bianchi in comune.",
                "«Non è ancora deciso nulla», ha detto la responsabile."}, "Non è ancora deciso nulla", "Giulia Rossi"},
        {"es", {"La alcaldesa Lucía Gómez se reunió el lunes con el ministro Pedro Ruiz en el ayuntamiento.",
                "«Todavía no hay nada decidido», dijo la responsable."}, "Todavía no hay nada decidido", "Lucía Gómez"},
        // a complement's article is not the person's: "le chef de la diplomatie" is a man
        {"fr", {"La sénatrice Anne Berg a salué le chef de la diplomatie, Marc Weber, à Genève.",
                "«Nous avançons», a déclaré le responsable."}, "Nous avançons", "Marc Weber"},
    });
}

TEST_CASE("note_names notes a name with its words one space apart", "[quotes][speakers]") {
    // (a name's words one space apart are taken as they stand; any other gap is collapsed to one space)
    struct Row {
        const char* language;
        const char* text;
        const char* name;
    };
    const Row rows[] = {
        {"de", "Seit dem frühen Morgen wartete die Sprecherin Mara  Lind am Kai.", "Mara Lind"},
        {"en", "At the quay, harbour pilot Ola \tVik waited since dawn.", "Ola Vik"},
        {"fr", "Sur le quai, la pilote Inès Vidal attendait depuis l'aube.", "Inès Vidal"},
        {"en", "At the quay, harbour pilot G.K. Moss waited since dawn.", "G.K. Moss"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        quoting::Extractor ex;
        ex.sp.lexs = quoting::lexicons_for(r.language);
        const std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &ex.sp.lexs);
        quoting::note_names(ex, s, ws, {}, 0);
        std::vector<std::string> names;
        for (const auto& p : ex.sp.people)
            names.push_back(p.name);
        INFO(names.size() << " names, the first: " << (names.empty() ? "" : names.front()));
        CHECK(std::find(names.begin(), names.end(), std::string(r.name)) != names.end());
    }
}

TEST_CASE("title abbreviations and initials stay inside the name", "[quotes][speakers]") {
    check_quotes({
        {"en", {"\"The pier will close in May,\" said Rep. J.R. Vale, who chairs the harbor board."},
         "The pier will close in May", "J.R. Vale"},
        {"en", {"Tom Vale runs the ferry company.", "\"The boats are full every day,\" said Mr. Vale, who owns four."},
         "The boats are full every day", "Tom Vale"},
        {"en", {"\"We need a new bridge over the river,\" Rep. Dana Holt said on Monday."},
         "We need a new bridge over the river", "Dana Holt"},
        {"en", {"\"The tunnel will open next spring,\" said Walter B. Crane, the city engineer."},
         "The tunnel will open next spring", "Walter B. Crane"},
        {"de", {"„Die Proben zeigen keine Belastung“, sagte Prof. Anna Berger vom Institut."},
         "Die Proben zeigen keine Belastung", "Anna Berger"},
        {"fr", {"«La récolte sera bonne cette année», a déclaré Mme. Claire Dubois."},
         "La récolte sera bonne cette année", "Claire Dubois"},
    });
}

TEST_CASE("a bare surname or acronym is the speaker", "[quotes][speakers]") {
    check_quotes({
        {"en", {"\"The budget is balanced for the first time,\" Okafor said."},
         "The budget is balanced for the first time", "Okafor"},
        {"en", {"Mara Okafor leads the council.", "\"The budget is balanced for the first time,\" Okafor said."},
         "The budget is balanced for the first time", "Mara Okafor"},
        {"fr", {"«Le budget est enfin équilibré cette année», a déclaré Okafor."},
         "Le budget est enfin équilibré cette année", "Okafor"},
        {"es", {"«El presupuesto está equilibrado este año», dijo Okafor."},
         "El presupuesto está equilibrado este año", "Okafor"},
        {"de", {"„Der Haushalt ist dieses Jahr ausgeglichen“, sagte die VKU."},
         "Der Haushalt ist dieses Jahr ausgeglichen", "VKU"},
        {"fr", {"Le conseil a voté le budget. L'assemblée dénonce un « mauvais calcul de la ville »."},
         "mauvais calcul de la ville", ""},
    });
}

TEST_CASE("pronouns and follow-up quotes go to people, not places or bodies", "[quotes][speakers]") {
    check_quotes({
        // a name followed by a particle and a body: "X von Human Rights Watch"
        {"de", {"Jonas Keller von Green Water Watch sprach vor der Presse.", "„Das Wasser ist seit Jahren belastet“, sagte Keller."},
         "Das Wasser ist seit Jahren belastet", "Jonas Keller"},
        {"es", {"Ana Ruiz de la Universidad Central habló ayer.", "«El agua está contaminada desde hace años», dijo Ruiz."},
         "El agua está contaminada desde hace años", "Ana Ruiz"},
        // "he" skips a place named after the person
        {"en", {"Mayor Tom Vale spoke in South Carolina last week.", "\"We have to rebuild the levee this year,\" he said."},
         "We have to rebuild the levee this year", "Tom Vale"},
        {"de", {"Martin Roth, Sprecher des Vereins, reiste letzte Woche nach Neu Delhi.", "„Wir kommen im Sommer wieder nach Hause“, sagte er."},
         "Wir kommen im Sommer wieder nach Hause", "Martin Roth"},
        // a follow-up quote without a cue stays with the speaker, not with a university named meanwhile (in
        // English it continues the quotation)
        {"en", {"\"The levee is too low,\" said Tom Vale, a fellow at Harbor State University. \"It will fail in the next storm.\""},
         "The levee is too low, It will fail in the next storm.", "Tom Vale"},
        {"de", {"„Der Deich ist zu niedrig“, sagte Jonas Keller, Forscher an der Hafen-Universität. „Er bricht beim nächsten Sturm.“"},
         "Er bricht beim nächsten Sturm.", "Jonas Keller"},
    });
}

TEST_CASE("clitics, coordinated cues, families and governed names", "[quotes][speakers]") {
    check_quotes({
        // a reflexive clitic between the comma and the verb
        {"es", {"«¿Quién nos va a escuchar ahora?», se pregunta Rosa Quintana."},
         "¿Quién nos va a escuchar ahora?", "Rosa Quintana"},
        // a subjectless cue joined to another cue continues the last speaker
        {"es", {"«El agua volvió», dijo Rosa Quintana. «No es por pesimismo», aclara y remarca cuál es el reclamo."},
         "No es por pesimismo", "Rosa Quintana"},
        // a conjunction alone between quote and verb is no subject: the cue before the quote is
        {"en", {"Mayor Tom Vale said the complaints were \"fair and deserve a hearing\" but insisted the plan stays."},
         "fair and deserve a hearing", "Tom Vale"},
        // father and son share a surname; the son's first names find his full name
        {"en", {"Hori Vance and his son, Kai Robert Vance, carve wood.", "\"Our work is slow and patient,\" says Kai Robert."},
         "Our work is slow and patient", "Kai Robert Vance"},
        // the name governed by a preposition is the body, not the speaker
        {"es", {"Según la bióloga Carmen Ledesma, de la Universidad Central, el agua «está contaminada desde hace años»."},
         "está contaminada desde hace años", "Carmen Ledesma"},
        // a possessive is not part of the name
        {"en", {"Donald Vale’s campaign was in trouble.", "\"We will win this state,\" Vale said."},
         "We will win this state", "Donald Vale"},
    });
}

TEST_CASE("a role description goes to the person, not to the building beside her", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Gemeindepräsidentin Lea Brunner vor dem Rathaus Sonnmatt.", "Das Rathaus Sonnmatt ist alt.",
                "„Wir bauen das Haus im Sommer um“, sagte die Gemeindepräsidentin."},
         "Wir bauen das Haus im Sommer um", "Lea Brunner"},
        {"en", {"Mayor Lea Brunner stood outside the Sonnmatt Hall on Monday.", "\"We will rebuild the hall this summer,\" the mayor said."},
         "We will rebuild the hall this summer", "Lea Brunner"},
    });
}

TEST_CASE("a mention without a role noun names a body, not a person described alike", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Die Polizei Nordtal und der Sprecher der Staatsanwaltschaft Südtal, Jonas Keller, waren vor Ort.",
                "Nach Angaben der Staatsanwaltschaft Südtal ging die Polizei „ganz besonders sorgfältig“ vor."},
         "ganz besonders sorgfältig", "Staatsanwaltschaft Südtal"},
        {"fr", {"Le porte-parole du ministère des Affaires étrangères, Paul Roux, est arrivé.",
                "Selon le ministère des Affaires étrangères, les victimes sont « les plus éprouvées du pays »."},
         // (the body's noun in lower case opens its name: quote_descriptions.cpp)
         "les plus éprouvées du pays", "ministère des Affaires étrangères"},
    });
}

TEST_CASE("German nouns alone in a mention name the group that spoke", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Händler sprachen am Montag von „heftigen Panikverkäufen“ an der Börse."}, "heftigen Panikverkäufen", "Händler"},
        {"de", {"Die Demonstranten skandierten „Freie Wahlen jetzt“ vor dem Rathaus."}, "Freie Wahlen jetzt", "Demonstranten"},
    });
}

TEST_CASE("a name given by a verb of naming is someone's words", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Mayor Tom Vale called the new ferry \"Big Blue\" at the launch on Monday."}, "Big Blue", "Tom Vale"},
        {"de", {"Bürgermeister Jonas Keller nannte die neue Fähre „Grosse Dame“ bei der Taufe am Montag."}, "Grosse Dame", "Jonas Keller"},
        // the verb names every name coordinated after it
        {"en", {"Mayor Tom Vale called the new ferry \"Big Blue\" and \"Old Lady\" at the launch."}, "Old Lady", "Tom Vale"},
        {"de", {"Bürgermeister Jonas Keller nannte die Fähre „Grosse Dame“ und „Alte Liebe“ bei der Taufe."}, "Alte Liebe", "Jonas Keller"},
        {"es", {"El alcalde Pablo Ruiz calificó el barco de «Gran Azul» y «Vieja Dama» el lunes."}, "Vieja Dama", "Pablo Ruiz"},
        {"fr", {"Le maire Paul Roux a surnommé le bac « Grand Bleu » et « Vieille Dame » lundi."}, "Vieille Dame", "Paul Roux"},
    });
}

TEST_CASE("a body named by an acronym opening the sentence speaks on", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Hafen: Die HVP will den alten Steg schliessen. „Wir können keinen Steg halten, der ins Meer fällt.“"},
         "Wir können keinen Steg halten, der ins Meer fällt.", "HVP"},
        {"de", {"Steuern: Die HVP will hohe Einkommen („ab einem Einkommen von einer Million Euro im Jahr“) stärker belasten."},
         "ab einem Einkommen von einer Million Euro im Jahr", "HVP"},
        {"en", {"The NHA wants to close the old pier. \"We cannot keep a pier that is falling into the sea.\""},
         "We cannot keep a pier that is falling into the sea.", "NHA"},
    });
}

TEST_CASE("an indefinite description names someone new unless it matches a person's description", "[quotes][speakers]") {
    // "a police spokesman said" after the lawyer was quoted: not the lawyer (nor, in German, the description itself);
    // a spokesman described so before is still meant.
    check_cues({
        {"en", {"The lawyer Ann Kosta said on Monday that her client was afraid.",
                "\"Nobody knew about the warrant,\" a police spokesman said."},
         "Nobody knew about the warrant", "said", ""},
        {"de", {"Die Anwältin Anna Kosta sagte am Montag, ihre Mandantin habe Angst gehabt.",
                "„Niemand wusste von dem Haftbefehl“, sagte ein Polizeisprecher."},
         "Niemand wusste von dem Haftbefehl", "sagte", ""},
        {"fr", {"L'avocate Anne Morel a dit lundi que sa cliente avait peur.",
                "« Personne ne connaissait le mandat », a déclaré un porte-parole de la police."},
         "Personne ne connaissait le mandat", "a déclaré", ""},
        {"en", {"Tom Roe, a police spokesman, said on Monday that the road was closed.",
                "\"Nobody knew about the warrant,\" a police spokesman said."},
         "Nobody knew about the warrant", "said", "Tom Roe"},
    });
}

TEST_CASE("a noun after an elided article is read as the noun", "[quotes][speakers][gender]") {
    // "L'avocate Anne Morel" (a role noun before the name, not part of it, with a straight apostrophe as with
    // U+2019) and "l'élue" / "l’élue" (a woman: not the man named last).
    check_cues({
        {"fr", {"Le port de la ville reste fermé depuis lundi.",
                "L'avocate Anne Morel a dit lundi que sa cliente avait « très peur »."},
         "très peur", "a dit", "Anne Morel"},
        {"it", {"Il porto della città è chiuso da lunedì.", "L'assessore Marco Bianchi ha detto che il porto è «in pericolo»."},
         "in pericolo", "ha detto", "Marco Bianchi"},
        {"fr", {"La maire, Claire Martin, a annoncé mardi l'arrêt du chantier. Selon l'adjoint aux finances, Paul "
                "Girard, le coût a doublé.",
                "« Nous aurons le courage d'arrêter », a estimé l'élue devant la presse."},
         "Nous aurons le courage d'arrêter", "a estimé", "Claire Martin"},
        {"fr", {"La maire, Claire Martin, a annoncé mardi l’arrêt du chantier. Selon l’adjoint aux finances, Paul "
                "Girard, le coût a doublé.",
                "« Nous aurons le courage d’arrêter », a estimé l’élue devant la presse."},
         "Nous aurons le courage d’arrêter", "a estimé", "Claire Martin"},
    });
}

TEST_CASE("a role of a body is no member of another body named with the same noun", "[quotes][speakers]") {
    check_quotes({
        {"en", {"\"The talks have failed,\" the spokeswoman of the Harbour Union said on Wednesday.",
                "\"The boats stay in port,\" a spokeswoman for Dock Union told reporters."},
         "The boats stay in port", "Dock Union"},
        {"es", {"«Las negociaciones fracasaron», dijo la portavoz de la Unión Portuaria el miércoles.",
                "«Los barcos se quedan en el puerto», dijo la portavoz de la Unión Estibadora a la prensa."},
         "Los barcos se quedan en el puerto", "Unión Estibadora"},
    });
}

TEST_CASE("a mention made only of a stopword resolves to no one instead of reading past its words", "[quotes]") {
    // Found by the fuzzer: an indirect-speech mention of one stopword made the bare-surname rule read the word
    // after the mention's last one (out of range).
    const std::string page(
        "\x42\x5a\x68\x42\x61\xe4\x20\xc3\x28\x20\x75\x74\x66\xed\x20\x33\xa0\x80\x20\x73\x75\x72\xef\xbb"
        "\xbf\xc2\xa0\xe2\x80\xaf\xea\x80\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x6a\xff\xfe\x54\x00\x69\x00\x74\x00\x72\x00\x89\x50\x4e\x47\x0d\x80\xd6\x02\x00\x60"
        "\x61\x00\x72\x6f\x67\x61\x74\x65\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xc0\xaf\x20\x6f\x76\x65\x72\x6c\x6f\x6e\x67\x61\x00\x00\x60\x7e\x44\x00\x2c\x00\x20\x00\x64"
        "\x00\x69\x00\x74\x00\x69\x00\x6c\x00\x2e\x00\x0a\x00\x41\x6c\x70\x69\x6e\x65\x20\x76\x69\x6c\x6c"
        "\x61\x67\x65\x20\x6f\x66\x20\x53\x74\x20\x41\x75\x72\x65\x6c\x69\x65\x6e\x20\x68\x61\x76\x65\x20"
        "\x76\x6f\x74\x65\x64\x20\x74\x6f\x20\x62\x61\x6e\x20\x61\x6e\x79\x20\x6e\x65\x77\x20\x68\x6f\x6c"
        "\x69\x64\x61\x79\x20\x72\x65\x6e\x74\x61\x6c\x73\x2c\x20\x69\x6e\x20\x6f\x6e\x65\x20\x6f\x66\x20"
        "\x74\x68\x65\x20\x74\x6f\x75\x67\x68\x65\x73\x74\x20\x72\x65\x73\x70\x6f\x6e\x73\x65\x73\x20\x79"
        "\x65\x74\x20\x74\x6f\x20\x61\x20\x68\x6f\x75\x73\x69\x6e\x67\x20\x73\x71\x75\x65\x65\x7a\x65\x20"
        "\x74\x68\x61\x74\x20\x68\x61\x73\x20\x73\x70\x72\x65\x61\x64\x20\x74\x6a\x6a\x6a\x6a\x6a\x6a\x6a"
        "\x6a\x6a\x6a\x54\x00\x69\x00\x74\x00\x6c\x00\x65\x00\x0a\x00\x0a\x00\x42\x00\x6f\x00\x64\x00\x79"
        "\x00\x20\x00\x68\x72\x6f\x75\x67\x68\x20\x45\x75\x72\x6f\x70\x65\x27\x73\x20\x6d\x6f\x75\x6e\x74"
        "\x61\x69\x6e\x20\x72\x65\x73\x6f\x72\x74\x73\x2e\x0a\x0a\x49\x6e\x20\x61\x20\x72\x65\x66\x65\x72"
        "\x65\x6e\x64\x75\x6d\x20\x6f\x6e\x20\x54\x68\x75\x72\x73\x64\x61\x79\x2c\x20\x36\x34\x25\x20\x6f"
        "\x66\x20\x76\x6f\x74\x65\x72\x73\x20\x62\x61\x63\x6b\x65\x64\x20\x61\x20\x70\x72\x6f\x70\x6f\x73"
        "\x61\x6c\x20\x66\x72\x6f\x6d\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x63\x6f\x75\x6e"
        "\x63\x69\x6c\x20\x74\x68\x61\x74\x20\x73\x74\x6f\x70\x73\x20\x6f\x77\x6e\x65\x72\x73\x20\x66\x72"
        "\x6f\x6d\x20\x72\x65\x67\x69\x73\x74\x65\x72\x69\x6e\x67\x20\x6e\x65\x77\x20\x73\x68\x6f\x72\x74"
        "\x2d\x74\x65\x72\x6d\x20\x6c\x65\x74\x73\x20\x61\x6e\x64\x74\x00\x20\x72\x65\x71\x75\x69\x72\x65"
        "\x30\x6a\x6a\x6a\x6a\x6a\x8b\x0a\x20\x00\x65\x73\x20\x65\x78\x69\x73\x74\x69\x6e\x67\x20\x72\x65"
        "\x67\x69\x73\x74\x72\x61\x74\x69\x6f\x6e\x73\x20\x74\x6f\x20\x62\x65\x20\x72\x65\x6e\x65\x77\x65"
        "\x64\x20\x65\x76\x65\x72\x79\x20\x74\x68\x72\x65\x65\x20\x79\x65\x61\x72\x73\x2e\x20\x54\x75\x72"
        "\x6e\x6f\x75\x74\x20\x77\x61\x73\x20\x37\x31\x25\x2e\x0a\x0a\xe2\x80\x9c\x57\x65\x20\x61\x72\x65"
        "\x20\x6e\x6f\x74\x20\x61\x67\x61\x69\x6e\x73\x74\x20\xf4\x90\x80\x80\x20\x20\x74\x6f\x75\x72\x69"
        "\x73\x74\x73\x2e\x20\x57\x65\x20\x61\x72\x65\x20\x61\x67\x61\x69\x6e\x73\x74\x20\x61\x20\x76\x69"
        "\x6c\x6c\x61\x67\x65\x20\x77\x68\x65\x72\x65\x20\x74\x68\x65\x20\x6c\x69\x67\x68\x74\x73\x20\x61"
        "\x72\x65\x20\x6f\x66\x66\x20\x65\x6c\x65\x76\x65\x6e\x20\x6d\x6f\x6e\x74\x68\x73\x20\x61\x20\x79"
        "\x65\x61\x72\x2c\xe2\x80\x9d\x20\x74\x68\x65\x20\x6d\x61\x79\x6f\x72\x2c\x20\x4d\x61\x72\x6b\x75"
        "\x73\x20\x48\x6f\x6c\x6c\x65\x72\x65\x72\x2c\x20\x73\x61\x69\x64\x20\x61\x66\x74\x65\x72\x20\x74"
        "\x68\x65\x20\x72\x65\x73\x75\x6c\x74\x20\x77\xff\x73\x20\x61\x6e\x6e\x6f\x75\x6e\x63\x65\x64\x20"
        "\x69\x6e\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x68\x61\x6c\x6c\x2e\x0a\x0a\x48\x6f"
        "\x6c\x6c\x65\x72\x65\x72\x20\x73\x61\x69\x64\x20\x74\x68\x65\x20\x63\x6f\x75\x6e\x63\x69\x6c\x20"
        "\x68\x61\x64\x20\x63\x6f\x75\x6e\x74\x65\x64\x20\x32\x31\x32\x20\x68\x6f\x6d\x65\x73\x20\x72\x65"
        "\x67\x69\x73\x74\x65\x72\x65\x64\x20\x61\x73\x20\x68\x6f\x6c\x69\x64\x61\x79\x20\x6c\x65\x74\x73"
        "\x2c\x20\x6f\x75\x74\x20\x6f\x66\x20\x61\x62\x6f\x75\x74\x20\x36\x34\x30\x20\x62\x69\x67\x0a\x0a"
        "\x65\xff\xff\x01\x5e\xff\x6e\x64\x20\xe2\x82\x0a\x69\x6e\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61"
        "\x67\x65\x2c\x20\x61\x6e\x64\x20\x74\x68\x61\x74\x20\x74\x68\x65\x20\x70\x72\x69\x6d\x61\x72\x79"
        "\x20\x73\x63\x68\x6f\x6f\x6c\x20\x68\x61\x64\x20\x6c\x6f\x73\x74\x20\x61\x20\x74\x68\x69\x72\x64"
        "\x20\x6f\x66\x20\x69\x74\x73\x20\x70\x75\x70\x69\x6c\x73\x20\x69\x6e\x20\x61\x20\x64\x65\x63\x61"
        "\x64\x65\x2e\x0a\x0a\x43\x68\x61\x6c\x65\x74\x73\x20\x61\x62\x6f\x76\x65\x20\x53\x74\x20\x41\x75"
        "\x72\x65\x6c\x69\x65\x6e\x2e\x20\x41\x62\x6f\x75\x74\x20\x61\x20\x74\x68\x69\x72\x64\x20\x6f\x66"
        "\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x27\x73\x20\x68\x6f\x6d\x65\x73\x20\x61\x72\x65"
        "\x20\x6e\x6f\x77\x20\x6c\x65\x74\x20\x74\x6f\x20\x74\x6f\x75\x72\x69\x73\x74\x73\x20\x66\x6f\x72"
        "\x20\x6d\x6f\x73\x74\x20\x6f\x66\x20\x74\x68\x65\x20\x79\x65\x61\x72\x2e\x0a\x50\x68\x6f\x74\x6f"
        "\x3a\x20\x47\x65\x74\x74\x79\x20\x49\x6d\x61\x67\x65\x73\x0a\x0a\x59\x6f\x75\x6e\x67\x20\x66\x61"
        "\x6d\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xd6\x02\x00\x60\x61\x00\x72\x6f\x67\x61"
        "\x74\x65\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xc0\xaf\x20\x6f\x76"
        "\x65\x72\x6c\x6f\x6e\x67\x61\x00\x00\x60\x7e\x44\x00\x2c\x00\x20\x00\x64\x00\x69\x00\x74\x00\x69"
        "\x00\x6c\x00\x2e\x00\x0a\x00\x41\x6c\x70\x69\x6e\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x6f\x66"
        "\x20\x53\x74\x20\x41\x75\x72\x65\x6c\x69\x65\x6e\x20\x68\x61\x76\x65\x20\x76\x6f\x74\x65\x64\x20"
        "\x74\x6f\x20\x62\x61\x6e\x20\x61\x6e\x79\x20\x6e\x65\x77\x20\x68\x6f\x6c\x69\x64\x61\x79\x20\x72"
        "\x65\x6e\x74\x61\x6c\x73\x2c\x20\x69\x6e\x20\x6f\x6e\x65\x20\x6f\x66\x20\x74\x68\x65\x20\x74\x6f"
        "\x75\x67\x68\x65\x73\x74\x20\x72\x65\x73\x70\x6f\x6e\x73\x65\x73\x20\x79\x65\x74\x20\x74\x6f\x20"
        "\x61\x20\x68\x6f\x75\x73\x69\x6e\x67\x20\x73\x71\x75\x65\x65\x7a\x65\x20\x74\x68\x61\x74\x20\x68"
        "\x61\x73\x20\x73\x70\x72\x65\x61\x64\x20\x74\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x6a\x54\x00\x69"
        "\x00\x74\x00\x6c\x00\x65\x00\x0a\x00\x0a\x00\x42\x00\x6f\x00\x64\x00\x79\x00\x20\x00\x68\x72\x6f"
        "\x75\x67\x68\x20\x45\x75\x72\x6f\x70\x65\x27\x73\x20\x6d\x6f\x75\x6e\x74\x61\x69\x6e\x20\x72\x65"
        "\x73\x6f\x72\x74\x73\x2e\x0a\x0a\x49\x6e\x20\x61\x20\x72\x65\x66\x65\x72\x65\x6e\x64\x75\x6d\x20"
        "\x6f\x6e\x20\x54\x68\x75\x72\x73\x64\x61\x79\x2c\x20\x36\x34\x25\x20\x6f\x66\x20\x76\x6f\x74\x65"
        "\x72\x73\x20\x62\x61\x63\x6b\x65\x64\x20\x61\x20\x70\x72\x6f\x70\x6f\x73\x61\x6c\x20\x66\x72\x6f"
        "\x6d\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x63\x6f\x75\x6e\x63\x69\x6c\x20\x74\x68"
        "\x61\x74\x20\x73\x74\x6f\x70\x73\x20\x6f\x77\x6e\x65\x72\x73\x20\x66\x72\x6f\x6d\x20\x72\x65\x67"
        "\x69\x73\x74\x65\x72\x69\x6e\x67\x20\x6e\x65\x77\x20\x73\x68\x6f\x72\x74\x2d\x74\x65\x72\x6d\x20"
        "\x6c\x65\x74\x73\x20\x61\x6e\x64\x74\x00\x20\x72\x65\x71\x75\x69\x72\x65\x30\x6a\x6a\x6a\x6a\x6a"
        "\x8b\x0a\x20\x00\x65\x73\x20\x65\x78\x69\x73\x74\x69\x6e\x67\x20\x72\x65\x67\x69\x73\x74\x72\x61"
        "\x74\x69\x6f\x6e\x73\x20\x74\x6f\x20\x62\x65\x20\x72\x65\x6e\x65\x77\x65\x64\x20\x65\x76\x65\x72"
        "\x79\x20\x74\x68\x72\x65\x65\x20\x79\x65\x61\x72\x73\x2e\x20\x54\x75\x72\x6e\x6f\x75\x74\x20\x77"
        "\x61\x73\x20\x37\x31\x25\x2e\x0a\x0a\xe2\x80\x9c\x57\x65\x20\x61\x72\x65\x20\x6e\x6f\x74\x20\x61"
        "\x67\x61\x69\x6e\x73\x74\x20\xf4\x90\x80\x80\x20\x20\x74\x6f\x75\x72\x69\x73\x74\x73\x2e\x20\x57"
        "\x65\x20\x61\x72\x65\x20\x61\x67\x61\x69\x6e\x73\x74\x20\x61\x20\x76\x69\x6c\x6c\x61\x67\x65\x20"
        "\x77\x68\x65\x72\x65\x20\x74\x68\x65\x20\x6c\x69\x67\x68\x74\x73\x20\x61\x72\x65\x20\x6f\x66\x66"
        "\x20\x65\x6c\x65\x76\x65\x6e\x20\x6d\x6f\x6e\x74\x68\x73\x20\x61\x20\x79\x65\x61\x72\x2c\xe2\x80"
        "\x9d\x20\x74\x68\x65\x20\x6d\x61\x79\x6f\x72\x2c\x20\x4d\x61\x72\x6b\x75\x73\x20\x48\x6f\x6c\x6c"
        "\x65\x72\x65\x72\x2c\x20\x73\x61\x69\x64\x20\x61\x01\x00\x00\x0d\x66\x74\x65\x72\x20\x74\x68\x65"
        "\x20\x72\x65\x73\x75\x6c\x74\x20\x77\xff\x73\x20\x61\x6e\x6e\x6f\x75\x6e\x63\x65\x64\x20\x69\x6e"
        "\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x20\x68\x61\x6c\x6c\x2e\x0a\x0a\x48\x6f\x6c\x6c"
        "\x65\x72\x65\x72\x20\x73\x61\x69\x64\x20\x74\x68\x65\x20\x63\x6f\x75\x6e\x63\x69\x6c\x20\x68\x61"
        "\x64\x20\x63\x6f\x75\x6e\x74\x65\x64\x20\x32\x31\x32\x20\x68\x6f\x6d\x65\x73\x20\x72\x65\x67\x69"
        "\x73\x74\x65\x72\x65\x64\x20\x61\x73\x20\x68\x6f\x6c\x69\x64\x61\x79\x20\x6c\x65\x74\x73\x2c\x20"
        "\x6f\x75\x74\x20\x6f\x66\x20\x61\x62\x6f\x75\x74\x20\x36\x34\x30\x20\x62\x69\x67\x0a\x0a\x65\xff"
        "\xff\x01\x5e\xff\x6e\x64\x20\xe2\x82\x0a\x69\x6e\x20\x74\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65"
        "\x2c\x20\x61\x6e\x64\x20\x74\x68\x61\x74\x20\x74\x68\x65\x20\x70\x72\x69\x6d\x61\x72\x79\x20\x73"
        "\x63\x68\x6f\x6f\x6c\x20\x68\x61\x64\x20\x6c\x6f\x73\x74\x20\x61\x20\x74\x68\x69\x72\x64\x20\x6f"
        "\x66\x20\x69\x74\x73\x20\x70\x75\x70\x69\x6c\x73\x20\x69\x6e\x20\x61\x20\x64\x65\x63\x61\x64\x65"
        "\x2e\x0a\x0a\x43\x68\x61\x6c\x65\x74\x73\x20\x61\x62\x6f\x76\x65\x20\x53\x74\x20\x41\x75\x72\x65"
        "\x6c\x69\x65\x6e\x2e\x20\x41\x62\x6f\x75\x74\x20\x61\x20\x74\x68\x69\x72\x64\x20\x6f\x66\x20\x74"
        "\x68\x65\x20\x76\x69\x6c\x6c\x61\x67\x65\x27\x73\x20\x68\x6f\x6d\x65\x73\x20\x61\x72\x65\x20\x6e"
        "\x6f\x77\x20\x6c\x65\x74\x20\x74\x6f\x20\x74\x6f\x75\x72\x69\x73\x74\x73\x20\x66\x6f\x72\x20\x6d"
        "\x6f\x73\x74\x20\x6f\x66\x20\x74\x68\x65\x20\x79\x65\x61\x72\x2e\x0a\x50\x68\x6f\x74\x6f\x3a\x20"
        "\x47\x65\x74\x74\x79\x20\x49\x6d\x61\x67\x65\x73\x0a\x0a\x59\x6f\x75\x6e\x67\x20\x66\x61\x6d\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\x09\x20\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd\xdd"
        "\xdd\xdd\xdd\xdd\xdd\x0a\x78\x0a\x00\xdd\xdd\xdd\xdd\xdd\xdd\x69\x6c\x69\x65\x73\x74\x20\x68\x61"
        "\x00\x2e\x76\x65\x20\x62\x6f\x72\x6e\x65\x00\x0a\x20\x74\x68\x65\x20\x62\x72\x75\x6e\x74\x00\x2e"
        "\x20\x52\x65",
        2595);
    archive::Article a;
    REQUIRE_NOTHROW(a = archive::parse(page, "fuzz.txt"));
    CHECK(nlohmann::json::accept(archive::to_json(a, false)));
}

TEST_CASE("initials glued by their dots do not end the sentence", "[quotes][speakers]") {
    // the English quote after the attribution sentence continues the quotation only if that sentence ends
    // after the name, not at "J.T."
    auto qs = extract_quotes(body("en", {"“This is a sad day,” said Rep. J.T. Moore, head of the caucus. “The vote failed.”"}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text == "This is a sad day, The vote failed.");
    CHECK(qs[0].speaker.value_or("") == "J.T. Moore");
    const OneQuoteRow rows[] = {
        {"de", "Die Stadt werde den Hafen bis zum Sommer erneuern, sagte A.B. Keller, der Bürgermeister, am Montag.",
         "Die Stadt werde den Hafen bis zum Sommer erneuern", "A.B. Keller"},
        {"fr", "La ville rénovera le port avant l'été, a déclaré lundi le maire, J.M. Roux, devant la presse.",
         "La ville rénovera le port avant l'été", "J.M. Roux"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto found = extract_quotes(body(r.lang, {r.paragraph}));
        const Quote* q = find_quote(found, r.text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}

TEST_CASE("a name after a role noun wins over the body named before it", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Growth slowed in rich nations, the IMF said on Tuesday.", "\"Growth has stalled,\" IMF chief economist Maria Lopez said."},
         "Growth has stalled", "Maria Lopez"},
        {"de", {"Das Wachstum sinkt in den reichen Ländern, teilte der IWF mit.", "„Das Wachstum stockt“, sagte IWF-Ökonomin Maria Lopez."},
         "Das Wachstum stockt", "Maria Lopez"},
        {"fr", {"La croissance ralentit dans les pays riches, a indiqué le FMI.", "«La croissance stagne», a déclaré le chef économiste du FMI, Marie Dubois."},
         "La croissance stagne", "Marie Dubois"},
    });
}

TEST_CASE("capitalised German nouns after a possessive are no name", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Die Fähre fährt wieder“, sagte Anna Muster am Montag.", "Weil ihre Kollegin Fieber hatte, habe sie „die Abfahrt verzögert“."},
         "die Abfahrt verzögert", "Anna Muster"},
        // a participle of a speech verb is a cue ("habe ... geschrieben")
        {"de", {"Jonas Keller hat in seinem Brief geschrieben, die Fähre war „seit Wochen leer“."},
         "seit Wochen leer", "Jonas Keller"},
    });
}

TEST_CASE("names with particles are whole names, and an affiliation after a full name is not", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, sagte Greta von der Aue."},
         "Die Schleuse bleibt bis Mai geschlossen", "Greta von der Aue"},
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, so Jan van den Broek."},
         "Die Schleuse bleibt bis Mai geschlossen", "Jan van den Broek"},
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, sagte Anna Muster von der Hafenbehörde."},
         "Die Schleuse bleibt bis Mai geschlossen", "Anna Muster"},
        // (an organisation named by an acronym is named with the speaker: see "a German speaker is named with the
        // organisation cited with them")
        {"de", {"„Die Schleuse bleibt bis Mai geschlossen“, sagte Paul Roth von der VKU."},
         "Die Schleuse bleibt bis Mai geschlossen", "Paul Roth von der VKU"},
        {"fr", {"«L'écluse restera fermée jusqu'en mai», a déclaré Jean de la Tourelle."},
         "L'écluse restera fermée jusqu'en mai", "Jean de la Tourelle"},
        // five words with the particles: still one name, and the role noun later goes to it
        {"es", {"Juan Pérez de la Fuente visitó el puerto.", "«La esclusa seguirá cerrada hasta mayo», afirmó el ministro."},
         "La esclusa seguirá cerrada hasta mayo", "Juan Pérez de la Fuente"},
        {"it", {"Marco Bianchi De Luca ha visitato il porto.", "«La chiusa resterà chiusa fino a maggio», ha detto il ministro."},
         "La chiusa resterà chiusa fino a maggio", "Marco Bianchi De Luca"},
    });
}

TEST_CASE("an outlet between the cue and the speaker's name is not part of the name", "[quotes][speakers]") {
    check_quotes({
        {"es", {"«El muelle abrirá en junio», dijo a EFE Lucía Gómez."}, "El muelle abrirá en junio", "Lucía Gómez"},
        {"it", {"«Il molo aprirà a giugno», ha dichiarato a Repubblica Giulia Rossi."}, "Il molo aprirà a giugno",
         "Giulia Rossi"},
        {"fr", {"«Le quai ouvrira en juin», a déclaré à Libération Claire Martin."}, "Le quai ouvrira en juin",
         "Claire Martin"},
    });
}

TEST_CASE("an age stands for the known person, or for the speaker when none is known", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Der Angeklagte Peter Meier erschien am Morgen vor Gericht.", "„Ich bereue alles zutiefst“, sagte der 58-Jährige."},
         "Ich bereue alles zutiefst", "Peter Meier"},
        {"de", {"Die Polizei Nordstadt prüft den Brief.", "Der 58-Jährige habe in dem Brief geschrieben, man solle „die Bäume am Ufer stehen lassen“."},
         "die Bäume am Ufer stehen lassen", "58-Jährige"},
        {"en", {"Mayor Tom Vale arrived early.", "\"I regret nothing,\" the 58-year-old said."}, "I regret nothing", "Tom Vale"},
        {"en", {"\"I regret nothing,\" said the 58-year-old."}, "I regret nothing", "58-year-old"},
        {"it", {"«Non mi pento di nulla», ha detto il 58enne."}, "Non mi pento di nulla", "58enne"},
        // an age before its noun is an adjective: the noun is the mention, a role noun that names no one
        {"de", {"„Ich bereue nichts“, sagte der 58-jährige Bürgermeister."}, "Ich bereue nichts", ""},
    });
}

TEST_CASE("role nouns of news reports resolve to the person they describe", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Peter Meier besuchte am Montag die Baustelle am Hafen.", "„Die Arbeiten kommen gut voran“, betonte der CDU-Politiker."},
         "Die Arbeiten kommen gut voran", "Peter Meier"},
        {"es", {"Juan Pérez visitó el puerto el lunes.", "«Las obras avanzan bien», afirmó el abogado."},
         "Las obras avanzan bien", "Juan Pérez"},
        {"it", {"Marco Bianchi ha visitato il porto lunedì.", "«I lavori procedono bene», ha detto il sindacalista."},
         "I lavori procedono bene", "Marco Bianchi"},
        {"fr", {"Paul Roux a visité le port lundi.", "«Les travaux avancent bien», a déclaré le quinquagénaire."},
         "Les travaux avancent bien", "Paul Roux"},
        // a German bare plural of role nouns is a group, not the last person
        {"de", {"Peter Meier besuchte am Montag die Baustelle am Hafen.",
                "Örtliche Politiker haben angekündigt, man werde hart gegen die „Verschwendung“ vorgehen."},
         "Verschwendung", "Politiker"},
        // a name after an article and a noun is that noun's object, not the subject
        {"de", {"„Der alte Hafen ist verloren“, sagte Anna Muster.", "Der NPD-Politiker Max Roth saß neben ihr.",
                "Außerdem hätte der Sender Roth „eine Bühne für seine falschen Versprechen gegeben“."},
         "eine Bühne für seine falschen Versprechen gegeben", "Anna Muster"},
    });
}

TEST_CASE("a body's name goes on past the word linking its noun to what it is of", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "\u201CThe herd is moving inland,\u201D said the Bureau of Upland Grazing.", "The herd is moving inland",
         "Bureau of Upland Grazing"},
        {"en", "The Ministry of Canal Works said the lock was \u201Cbeyond repair\u201D after the flood.", "beyond repair",
         "Ministry of Canal Works"},
        {"en", "Herds drift inland for many reasons, but \u201Cdrought, fences and a late thaw\u201D all play a part, according to the Vellmark Department of Forest Care.",
         "drought, fences and a late thaw", "Vellmark Department of Forest Care"},
        {"de", "\u201EDie Schleuse ist nicht mehr zu retten\u201C, teilte das Ministerium für Kanalbau mit.",
         "Die Schleuse ist nicht mehr zu retten", "Ministerium für Kanalbau"},
        // (a person's name is no body: "of" still ends it)
        {"en", "\u201CWe will rebuild the lock by spring,\u201D said Tomas Ferrow of Canal Works.",
         "We will rebuild the lock by spring", "Tomas Ferrow"},
    };
    check_said_by(rows);
}

TEST_CASE("a title inside a run of capitalised words opens the name after it", "[quotes][speakers]") {
    // Once the person is known by the name after the titles, a later mention by surname finds her, even
    // beside another known name.
    const auto qs = extract_quotes(body(
        "en", {"Retired Lt. Gen. Lena Orvell said Peter Hanna was \u201Cquite correct\u201D about the docks.",
               "\u201CThere is a deep gap between this council and the piers,\u201D Orvell, a top Hanna ally, said on "
               "Tuesday.",
               "Former Sen. Abel Quist called the plan \u201Ca gift to the shipyards\u201D at the hearing."}));
    const Quote* first = find_quote(qs, "quite correct");
    const Quote* second = find_quote(qs, "There is a deep gap between this council and the piers");
    const Quote* third = find_quote(qs, "a gift to the shipyards");
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    CHECK(first->speaker.value_or("") == "Lena Orvell");
    CHECK(second->speaker.value_or("") == "Lena Orvell");
    CHECK(third->speaker.value_or("") == "Abel Quist");
}

TEST_CASE("a German speaker is named with the organisation cited with them by its proper name", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, so der Ingenieur Malte Krogmann von der GVD.",
         "Der Deich hält keinen zweiten Winter", "Malte Krogmann von der GVD"},
        {"de", "Lina Harbeck von Clean Rivers Watch sagte, der Fluss sei \u201Ekaum noch zu retten\u201C.",
         "kaum noch zu retten", "Lina Harbeck von Clean Rivers Watch"},
        // a common noun or an adjective describes: the name alone
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, sagte Malte Krogmann von der Hafenbehörde.",
         "Der Deich hält keinen zweiten Winter", "Malte Krogmann"},
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, sagte Malte Krogmann von der friesischen Deichwacht.",
         "Der Deich hält keinen zweiten Winter", "Malte Krogmann"},
        // a particle of the name is no organisation
        {"de", "\u201EDer Deich hält keinen zweiten Winter\u201C, sagte Hella von der Aue.",
         "Der Deich hält keinen zweiten Winter", "Hella von der Aue"},
        // English names the person alone
        {"en", "\u201CThe dike will not hold another winter,\u201D said Malte Krogmann of the GVD.",
         "The dike will not hold another winter", "Malte Krogmann"},
    };
    check_said_by(rows);
    // Later quotes by surname find the person by the name alone.
    const auto qs = extract_quotes(body(
        "de", {"\u201EDer Deich hält keinen zweiten Winter\u201C, so Malte Krogmann von der GVD.",
               "Krogmann sagte weiter: \u201EWir brauchen neue Pumpen für das ganze Ufer.\u201C"}));
    const Quote* later = find_quote(qs, "Wir brauchen neue Pumpen für das ganze Ufer.");
    REQUIRE(later);
    CHECK(later->speaker.value_or("") == "Malte Krogmann");
}

TEST_CASE("a role of a body describes the person of that body named before, not the body", "[quotes][speakers]") {
    check_quotes({
        {"es", {"Rosa Imaz, integrante de Vecinos Unidos, habló el lunes con el alcalde Tomás Eguren.",
                "\u00ABNo nos vamos a mover de la plaza\u00BB, dijo la referente de Vecinos Unidos."},
         "No nos vamos a mover de la plaza", "Rosa Imaz"},
        {"es", {"La concejala Ane Urkiza, de la Liga Verde, visitó el lunes al alcalde Tomás Eguren.",
                "\u00ABEl parque no se toca\u00BB, afirmó la integrante de la Liga Verde."},
         "El parque no se toca", "Ane Urkiza"},
        // with no member of the body named before, the body speaks
        {"es", {"El alcalde Tomás Eguren habló el lunes con los vecinos.",
                "\u00ABNo nos vamos a mover de la plaza\u00BB, dijo la referente de Vecinos Unidos."},
         "No nos vamos a mover de la plaza", "Vecinos Unidos"},
    });
}

TEST_CASE("a number written with a slash stays one word of the description before the name", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "\u201CWe waited twenty years for this,\u201D said 9/11 widow Ann Roe, who lives near the quay.",
         "We waited twenty years for this", "Ann Roe"},
        {"en", "\u201CThe shop never closes,\u201D said 24/7 grocer Milo Brandt on Friday.",
         "The shop never closes", "Milo Brandt"},
        {"de", "\u201EWir haben zwanzig Jahre gewartet\u201C, sagte die 9/11-Witwe Anna Rohde am Montag.",
         "Wir haben zwanzig Jahre gewartet", "Anna Rohde"},
    };
    check_said_by(rows);
}

TEST_CASE("Portuguese 'do' joins the words of a name like 'da' and 'dos'", "[quotes][speakers][names]") {
    // "a Agência Nacional do Território", "Maria do Rosário Costa": the name went on past "da" and "dos" but stopped
    // at "do" (de + o), leaving "Agência Nacional" or "Rosário Costa".
    check_quotes({
        {"pt", {"O caudal do rio vai aumentar a partir de março, anunciou hoje a Agência Nacional do Território (ANT)."},
         "O caudal do rio vai aumentar a partir de março", "Agência Nacional do Território"},
        {"pt", {"“Vamos acompanhar o rio todos os meses”, disse Maria do Rosário Costa, bióloga da associação."},
         "Vamos acompanhar o rio todos os meses", "Maria do Rosário Costa"},
        {"pt", {"“É uma boa notícia para as trutas”, afirmou o Instituto Português do Mar numa nota."},
         "É uma boa notícia para as trutas", "Instituto Português do Mar"},
        {"pt", {"“O rio precisa de água”, disse Ana Lima dos Santos, presidente da junta."}, "O rio precisa de água",
         "Ana Lima dos Santos"},
    });
}

TEST_CASE("an acronym in brackets after a body's name names it later", "[quotes][speakers][names]") {
    // "a Agência Nacional do Território (ANT)" ... "Segundo a ANT": the acronym spells the initials of the name's
    // capitalised words, and resolves to the full name, not to the acronym alone.
    check_quotes({
        {"pt",
         {"O caudal do rio vai aumentar em março, anunciou hoje a Agência Nacional do Território (ANT).",
          "Segundo a ANT, o novo regime obriga a empresa a deixar passar mais água no verão."},
         "o novo regime obriga a empresa a deixar passar mais água no verão", "Agência Nacional do Território"},
        {"en",
         {"The tower will close at night from May, the Federal Aviation Administration (FAA) announced on Tuesday.",
          "According to the FAA, the night flights will be guided from a regional center instead."},
         "the night flights will be guided from a regional center instead", "Federal Aviation Administration"},
        {"es",
         {"Los controles volverán esta semana, anunció el martes la Dirección General de Tráfico (DGT).",
          "Según la DGT, las lluvias llegarán el jueves por la tarde a toda la costa."},
         "las lluvias llegarán el jueves por la tarde a toda la costa", "Dirección General de Tráfico"},
        {"fr",
         {"La tour fermera la nuit dès le mois de mai, a annoncé mardi Réseau Ferré de France (RFF).",
          "Selon RFF, les vols de nuit seront guidés depuis un centre régional."},
         "les vols de nuit seront guidés depuis un centre régional", "Réseau Ferré de France"},
    });
    // An acronym that spells other initials names something else: it keeps its own letters.
    check_quotes({
        {"en",
         {"The tower will close at night from May, the Federal Aviation Administration (FTC) announced on Tuesday.",
          "According to the FTC, the night flights will be guided from a regional center instead."},
         "the night flights will be guided from a regional center instead", "FTC"},
    });
}
