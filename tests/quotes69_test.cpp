// Speakers of quotes (session 39, the kinds quotes68 left open): a role the page never gave to a name is not the last
// person named in another role. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("an office nobody named is not held by the last person described by another role", "[quotes][quotes69]") {
    check_quotes({
        {"fr",
         {"Un incendie a fait deux blessés dans la nuit de samedi à dimanche.",
          "« Le feu est parti du sous-sol », a déclaré le porte-parole des pompiers, Marc Lenoir.",
          "D'après le bailleur, l'immeuble avait été contrôlé en mars. « Les alarmes marchaient », assure son "
          "directeur, Jean Fabre.",
          "Le parquet a ouvert une enquête. « Aucune hypothèse n'est exclue », a fait savoir le procureur."},
         "Aucune hypothèse n'est exclue",
         "",
         "le procureur"},
        {"de",
         {"In der Nacht zum Sonntag sind bei einem Brand zwei Menschen verletzt worden.",
          "\u201EDas Feuer brach im Keller aus\u201C, sagte Feuerwehrsprecher Markus Lehner.",
          "Der Vermieter verweist auf eine Kontrolle im März. \u201EDie Melder funktionierten\u201C, sagte dessen "
          "Geschäftsführer, Jan Faber.",
          "Die Staatsanwaltschaft hat Ermittlungen aufgenommen. \u201EWir ermitteln in alle Richtungen\u201C, sagte "
          "der Staatsanwalt."},
         "Wir ermitteln in alle Richtungen",
         "",
         "der Staatsanwalt"},
        {"en",
         {"Two people were injured in a fire overnight on Saturday.",
          "\u201CThe fire started in the basement,\u201D said fire chief Mark Lane.",
          "The landlord said the building was inspected in March. \u201CThe alarms worked,\u201D said its director, "
          "John Fisher.",
          "Prosecutors have opened an investigation. \u201CNo line of inquiry is ruled out,\u201D the prosecutor said."},
         "No line of inquiry is ruled out",
         "",
         "the prosecutor"},
        {"it",
         {"Due persone sono rimaste ferite in un incendio nella notte di sabato.",
          "«Il fuoco è partito dalla cantina», ha detto il portavoce dei vigili del fuoco, Marco Neri.",
          "Secondo il proprietario, l'edificio era stato controllato a marzo. «Gli allarmi funzionavano», assicura il "
          "suo direttore, Gianni Fabbri.",
          "La procura ha aperto un'inchiesta. «Nessuna pista è esclusa», ha fatto sapere il procuratore."},
         "Nessuna pista è esclusa",
         "",
         "il procuratore"},
        {"es",
         {"Dos personas resultaron heridas en un incendio la noche del sábado.",
          "«El fuego empezó en el sótano», dijo el jefe de bomberos, Marcos Ortega.",
          "Según el propietario, el edificio fue revisado en marzo. «Las alarmas funcionaban», asegura su director, "
          "Juan Ferrer.",
          "La fiscalía abrió una investigación. «No se descarta ninguna hipótesis», informó el fiscal."},
         "No se descarta ninguna hipótesis",
         "",
         "el fiscal"},
    });
}

TEST_CASE("an office once held or held by the one described still goes to that person", "[quotes][quotes69]") {
    check_quotes({
        // (the office no longer held: the director may well be the former prosecutor)
        {"en",
         {"The landlord said the building was inspected in March. \u201CThe alarms worked,\u201D said its director, "
          "John Fisher.",
          "\u201CI have seen many such cases,\u201D the former prosecutor said."},
         "I have seen many such cases",
         "John Fisher",
         "the former prosecutor"},
        {"fr",
         {"D'après le bailleur, l'immeuble avait été contrôlé en mars. « Les alarmes marchaient », assure son "
          "directeur, Jean Fabre.",
          "« J'ai vu beaucoup de cas semblables », a ajouté l'ancien procureur."},
         "J'ai vu beaucoup de cas semblables",
         "Jean Fabre",
         "l'ancien procureur"},
        // (the same office: the one described with it)
        {"fr",
         {"« Le feu est parti du sous-sol », a déclaré le porte-parole des pompiers, Marc Lenoir.",
          "Le procureur de Lyon, Jean Fabre, a ouvert une enquête. « Aucune hypothèse n'est exclue », a fait savoir "
          "le procureur."},
         "Aucune hypothèse n'est exclue",
         "Jean Fabre",
         "le procureur"},
        {"de",
         {"\u201EDas Feuer brach im Keller aus\u201C, sagte Feuerwehrsprecher Markus Lehner.",
          "Oberstaatsanwalt Jan Faber leitet die Ermittlungen. \u201EWir ermitteln in alle Richtungen\u201C, sagte der "
          "Staatsanwalt."},
         "Wir ermitteln in alle Richtungen",
         "Jan Faber",
         "der Staatsanwalt"},
    });
}

TEST_CASE("a colon lead without a speech verb gives the quote to the role opening it", "[quotes][quotes69]") {
    check_quotes({
        {"fr",
         {"La biologiste Anne Dubois publie une étude sur les abeilles.",
          "« Nous attendons d'autres résultats », a déclaré le ministre Paul Girard.",
          "La biologiste ne désarme pas : « Chaque été perdu coûte des milliers de ruches. »"},
         "Chaque été perdu coûte des milliers de ruches.",
         "Anne Dubois",
         "La biologiste"},
        {"de",
         {"Der Wirt Karl Huber soll seine Terrasse verkleinern.",
          "\u201EDie Regeln gelten für alle\u201C, sagte Bürgermeister Peter Brandt.",
          "Der Wirt bleibt gelassen: \u201EWir werden uns schon einigen, wie jedes Jahr.\u201C"},
         "Wir werden uns schon einigen, wie jedes Jahr.",
         "Karl Huber",
         "Der Wirt"},
        {"en",
         {"The biologist Ann Dunn has published a study of the bees.",
          "\u201CWe are waiting for more results,\u201D said Minister Paul Grant.",
          "The biologist remains undaunted: \u201CEvery lost summer costs thousands of hives.\u201D"},
         "Every lost summer costs thousands of hives.",
         "Ann Dunn",
         "The biologist"},
        {"it",
         {"La biologa Anna Doria ha pubblicato uno studio sulle api.",
          "«Aspettiamo altri risultati», ha detto il ministro Paolo Galli.",
          "La biologa non si arrende: «Ogni estate persa costa migliaia di alveari.»"},
         "Ogni estate persa costa migliaia di alveari.",
         "Anna Doria",
         "La biologa"},
        {"es",
         {"La bióloga Ana Duarte ha publicado un estudio sobre las abejas.",
          "«Esperamos otros resultados», dijo el ministro Pablo Gil.",
          "La bióloga no se rinde: «Cada verano perdido cuesta miles de colmenas.»"},
         "Cada verano perdido cuesta miles de colmenas.",
         "Ana Duarte",
         "La bióloga"},
    });
}

TEST_CASE("a colon lead opened by no person's noun leaves the quote to the words around it", "[quotes][quotes69]") {
    check_quotes({
        // (a thing's noun opens the sentence: the last speaker goes on, as before)
        {"fr",
         {"« Nous attendons d'autres résultats », a déclaré le ministre Paul Girard.",
          "La situation reste tendue : « Chaque été perdu coûte des milliers de ruches. »"},
         "Chaque été perdu coûte des milliers de ruches.",
         "Paul Girard"},
        {"en",
         {"\u201CWe are waiting for more results,\u201D said Minister Paul Grant.",
          "The situation remains tense: \u201CEvery lost summer costs thousands of hives.\u201D"},
         "Every lost summer costs thousands of hives.",
         "Paul Grant"},
    });
}

namespace {

// A page with a headline, a standfirst and paragraphs, and the speaker of its headline's quote ("" for none).
struct HeadlineRow {
    const char* lang;
    const char* headline;
    const char* lede;
    std::vector<std::string> paragraphs;
    const char* speaker;
};

void check_headline_speakers(const std::vector<HeadlineRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.lede);
        Article a = quote_rows::page(r.lang, r.headline, r.paragraphs);
        a.lede = r.lede;
        std::string speaker = "(no headline quote)";
        for (const auto& q : extract_quotes(a))
            if (q.where == Where::headline)
                speaker = q.speaker.value_or("");
        CHECK(speaker == r.speaker);
    }
}

} // namespace

TEST_CASE("an interview's headline quote is the interviewee's the standfirst names", "[quotes][quotes69]") {
    check_headline_speakers({
        // (the questions and answers carry no labels; the last paragraph quotes someone else)
        {"fr", "« Le lac n'est pas une poubelle »",
         "La biologiste Anne Dubois publie une étude sur les plastiques du lac. Entretien.",
         {"Combien de particules avez-vous trouvées ?", "Environ deux cent mille par kilomètre carré.",
          "Le canton se montre prudent. « Nous attendons la suite », explique le conseiller d'Etat Pierre Martin."},
         "Anne Dubois"},
        {"en", "\u201CThe lake is not a dump\u201D",
         "The biologist Ann Dunn has published a study of the lake's plastics. An interview.",
         {"How many particles did you find?", "About two hundred thousand per square kilometre.",
          "The canton is cautious. \u201CWe are waiting for the final report,\u201D said Councillor Peter Marsh."},
         "Ann Dunn"},
        {"de", "\u201EDer See ist keine Müllhalde\u201C",
         "Die Biologin Anna Dorn hat eine Studie über Plastik im See veröffentlicht. Ein Interview.",
         {"Wie viele Teilchen haben Sie gefunden?", "Etwa zweihunderttausend pro Quadratkilometer.",
          "Der Kanton bleibt vorsichtig. \u201EWir warten auf den Bericht\u201C, sagte Regierungsrat Peter Marti."},
         "Anna Dorn"},
        // (no interview: the headline's quote goes to the body's speaker, as before)
        {"fr", "« Le lac n'est pas une poubelle »",
         "La biologiste Anne Dubois publie une étude sur les plastiques du lac.",
         {"Elle a compté environ deux cent mille particules par kilomètre carré.",
          "Le canton se montre prudent. « Nous attendons la suite », explique le conseiller d'Etat Pierre Martin."},
         "Pierre Martin"},
    });
}
