// "La alcaldesa, Marta Ruiz, celebró la medida y advirtió que ...": a second verb a conjunction joins to the first
// with no comma between shares the subject of the first, a name set off by commas before it; and "Los sindicatos
// celebraron la medida pero advirtieron que ...": a common noun in the plural after an article or a quantity is a
// subject that names no one. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive::quote_checks;

TEST_CASE("a cue joined to a first verb without a comma shares the name set off by commas before it",
          "[quotes][joined_verbs]") {
    check_cues({
        {"es",
         {"La alcaldesa, Marta Ruiz, celebró la medida y advirtió que el plan se revisará cada seis meses."},
         "el plan se revisará cada seis meses",
         "advirtió",
         "Marta Ruiz",
         "La alcaldesa, Marta Ruiz"},
        {"fr",
         {"La maire, Claire Vidal, a salué la mesure et a assuré que le plan serait revu tous les six mois."},
         "le plan serait revu tous les six mois",
         "a assuré",
         "Claire Vidal",
         "La maire, Claire Vidal"},
        {"it",
         {"La sindaca, Giulia Bassi, ha accolto la misura e ha spiegato che il piano sarà rivisto ogni sei mesi."},
         "il piano sarà rivisto ogni sei mesi",
         "ha spiegato",
         "Giulia Bassi",
         "La sindaca, Giulia Bassi"},
        {"pt",
         {"A prefeita, Ana Souza, elogiou a medida e afirmou que o plano será revisto a cada seis meses."},
         "o plano será revisto a cada seis meses",
         "afirmou",
         "Ana Souza",
         "A prefeita, Ana Souza"},
        {"en",
         {"The mayor, Jane Roe, welcomed the plan and said it would be reviewed every six months."},
         "it would be reviewed every six months",
         "said",
         "Jane Roe",
         "The mayor, Jane Roe"},
    });
}

TEST_CASE("a Portuguese conjunction bounds the subject of the cue it joins", "[quotes][joined_verbs]") {
    check_cues({
        {"pt",
         {"Ana Souza elogiou a medida e afirmou que o plano será revisto a cada seis meses."},
         "o plano será revisto a cada seis meses",
         "afirmou",
         "Ana Souza",
         "Ana Souza"},
        {"pt",
         {"O ministro Rui Tavares criticou o atraso mas garantiu que as obras terminam em março do ano que vem."},
         "as obras terminam em março do ano que vem",
         "garantiu",
         "Rui Tavares",
         "O ministro Rui Tavares"},
    });
}

TEST_CASE("a clause after a comma that a name does not open gives the joined cue no subject",
          "[quotes][joined_verbs]") {
    // ("Tras la reunión, celebró ...": the words before the comma are a phrase of time, no name set off by commas)
    const auto qs = extract_quotes(
        body("es", {"Tras la larga reunión del martes, celebró la medida y advirtió que el plan se revisará pronto."}));
    for (const auto& q : qs)
        CHECK(q.mention.value_or("") != "larga reunión del martes");
}

TEST_CASE("a plural common noun opening the clause of a joined cue is a subject naming no one",
          "[quotes][joined_verbs][plural_subject]") {
    check_cues({
        {"es",
         {"Los sindicatos celebraron la medida pero advirtieron que dejará sin empleo a cientos de conductores."},
         "dejará sin empleo a cientos de conductores",
         "advirtieron",
         "",
         "Los sindicatos"},
        {"es",
         {"Varios sindicatos rechazaron el plan y advirtieron que habrá huelgas durante todo el mes de enero."},
         "habrá huelgas durante todo el mes de enero",
         "advirtieron",
         "",
         "Varios sindicatos"},
        {"fr",
         {"Les syndicats ont salué la mesure mais ont averti que la réforme supprimera des centaines d'emplois."},
         "la réforme supprimera des centaines d'emplois",
         "ont averti",
         "",
         "Les syndicats"},
        {"fr",
         {"Les habitants dénoncent le projet et affirment que personne ne les a consultés depuis des mois."},
         "personne ne les a consultés depuis des mois",
         "affirment",
         "",
         "Les habitants"},
        {"it",
         {"I sindacati hanno accolto la misura ma hanno avvertito che lascerà senza lavoro centinaia di autisti."},
         "lascerà senza lavoro centinaia di autisti",
         "hanno avvertito",
         "",
         "I sindacati"},
        {"pt",
         {"Os sindicatos elogiaram a medida mas alertaram que ela vai deixar centenas de motoristas sem emprego."},
         "ela vai deixar centenas de motoristas sem emprego",
         "alertaram",
         "",
         "Os sindicatos"},
        {"pt",
         {"Os moradores antigos criticaram o plano e disseram que ninguém foi consultado sobre as obras."},
         "ninguém foi consultado sobre as obras",
         "disseram",
         "",
         "Os moradores antigos"},
    });
}

TEST_CASE("a singular noun or a name opening the clause is no plural head", "[quotes][joined_verbs][plural_subject]") {
    check_cues({
        {"es",
         {"Marta Ruiz celebró la medida y advirtió que el plan se revisará cada seis meses en el pleno."},
         "el plan se revisará cada seis meses en el pleno",
         "advirtió",
         "Marta Ruiz",
         "Marta Ruiz"},
    });
    // ("El sindicato celebró ...": a singular noun is no plural head; whatever is read, it is no one's name)
    const auto qs = extract_quotes(
        body("es", {"El sindicato celebró la medida pero advirtió que dejará sin empleo a cientos de conductores."}));
    for (const auto& q : qs)
        CHECK(q.speaker.value_or("") == "");
}

TEST_CASE("a plural subject's verbs of complaining and holding are cues", "[quotes][plural_subject]") {
    check_cues({
        {"pt",
         {"Os moradores reclamaram que ninguém foi consultado sobre o projeto nos últimos meses."},
         "ninguém foi consultado sobre o projeto nos últimos meses",
         "reclamaram",
         "",
         "Os moradores"},
        {"it",
         {"Molti commercianti sostengono che le vendite caleranno durante i lavori in centro."},
         "le vendite caleranno durante i lavori in centro",
         "sostengono",
         "",
         "Molti commercianti"},
        {"it",
         {"I residenti hanno protestato: «Nessuno ci ha chiesto niente su questo progetto»."},
         "Nessuno ci ha chiesto niente su questo progetto",
         "hanno protestato",
         "",
         "I residenti"},
        {"es",
         {"Los vecinos del barrio reclamaron que nadie les consultó sobre el proyecto."},
         "nadie les consultó sobre el proyecto",
         "reclamaron",
         "",
         "Los vecinos del barrio"},
    });
}
