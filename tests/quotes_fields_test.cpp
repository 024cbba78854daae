// Table-driven tests of the quotes stage: an office and the field it governs ("le ministre des Affaires étrangères",
// "the Secretary of State") name the office holder, never the field; "según" and the speech verb after it are the cue;
// a document's cue after a quote, past the words naming the document ("wie es in dem Bericht heißt", "as the report
// puts it"), quotes the document.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::check_cues;

TEST_CASE("an office's field is no speaker", "[quotes][offices]") {
    check_cues({
        // nobody named holds the office: no speaker, not the field
        {"fr", {"La commune de Saint-Loubert attend une réponse depuis des mois.",
                "« Aucune décision n'est prise pour les digues », a déclaré le ministre des Affaires maritimes mardi."},
         "Aucune décision n'est prise pour les digues", "a déclaré", "", "le ministre des Affaires maritimes"},
        {"it", {"Il comune di Valfosca aspetta una risposta da mesi.",
                "«Esamineremo la pratica degli argini con attenzione», ha detto il ministro degli Interni martedì."},
         "Esamineremo la pratica degli argini con attenzione", "ha detto", "", "il ministro degli Interni"},
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«Revisaremos el expediente de los diques con atención», dijo el ministro de Obras Públicas el martes."},
         "Revisaremos el expediente de los diques con atención", "dijo", ""},
        // (the role noun alone is all the mention keeps: "the Secretary")
        {"en", {"\u201cWe will look at the sea wall file closely,\u201d said the Secretary of Transport on Tuesday."},
         "We will look at the sea wall file closely", "said", ""},
        // the office holder named before with the office is the speaker
        {"it", {"Il ministro degli Interni Carla Vanni è arrivata lunedì a Valfosca.",
                "«Esamineremo la pratica degli argini», ha detto il ministro degli Interni martedì."},
         "Esamineremo la pratica degli argini", "ha detto", "Carla Vanni"},
        // the office and its field, then the holder's name set off by commas
        {"de", {"Die Gemeinde Hallwang wartet seit Monaten auf eine Antwort.",
                "„Wir werden die Akte zu den Deichen genau prüfen“, sagte der Minister für Verkehr, Jonas Pohl, am "
                "Dienstag."},
         "Wir werden die Akte zu den Deichen genau prüfen", "sagte", "Jonas Pohl",
         "der Minister für Verkehr, Jonas Pohl"},
        // an acronym or a body's noun after the link names a body, which speaks
        {"fr", {"La commune de Saint-Loubert attend une réponse depuis des mois.",
                "« Nous examinerons le dossier des digues », a déclaré la secrétaire de la CFDT."},
         "Nous examinerons le dossier des digues", "a déclaré", "CFDT"},
        {"fr", {"La commune de Saint-Loubert attend une réponse depuis des mois.",
                "« Nous examinerons le dossier des digues », a déclaré le secrétaire du Conseil portuaire."},
         "Nous examinerons le dossier des digues", "a déclaré", "Conseil portuaire"},
    });
}

TEST_CASE("a speech verb after \"según\" belongs to the cue", "[quotes][according]") {
    check_cues({
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«La grúa del muelle no funciona desde marzo», según ha informado el Ayuntamiento en una nota."},
         "La grúa del muelle no funciona desde marzo", "según ha informado", "Ayuntamiento", "el Ayuntamiento"},
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«La grúa del muelle no funciona desde marzo», según indicó a este diario la Guardia Portuaria."},
         "La grúa del muelle no funciona desde marzo", "según indicó", "Guardia Portuaria", "la Guardia Portuaria"},
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«La reparación costará dos millones», según ha explicado a la prensa el portavoz municipal Iker Sanz."},
         "La reparación costará dos millones", "según ha explicado", "Iker Sanz", "el portavoz municipal Iker Sanz"},
    });
}

TEST_CASE("a document's cue after the words naming it quotes the document", "[quotes][documents]") {
    check_cues({
        {"de", {"Bürgermeisterin Lea Frank besuchte am Montag den Deich.",
                "„Der Deich ist an zwei Stellen durchweicht und muss verstärkt werden“, wie es in dem Gutachten des "
                "Landesamts heißt."},
         "Der Deich ist an zwei Stellen durchweicht und muss verstärkt werden", "es heißt", "",
         "dem Gutachten des Landesamts"},
        {"en", {"Mayor Lea Frank visited the dike on Monday.",
                "\u201cThe dike is soaked in two places and must be strengthened,\u201d as the memo puts it."},
         "The dike is soaked in two places and must be strengthened", "puts it", "", "the memo"},
    });
}
