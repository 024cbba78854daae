// A mention that opens with a body's own name ("l'Association des pharmaciens du Québec") names that body, not a body
// named before whose name ends with the same place. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body's own name heading the mention is the speaker, not an earlier body sharing its place",
          "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"La Fédération des infirmières du Québec (FIQ) a accueilli l'annonce avec prudence. « Nous attendons des "
          "actes », a affirmé sa présidente, Julie Morin.",
          "La semaine dernière, l'Association des pharmaciens du Québec avait dénoncé la pénurie, affirmant que la "
          "situation était « la pire depuis vingt ans »."},
         "la pire depuis vingt ans",
         "Association des pharmaciens du Québec"},
        {"fr",
         {"La Fédération des infirmières du Québec a salué l'annonce du ministre mardi.",
          "« Les délais sont devenus intenables », a déclaré l'Association des pharmaciens du Québec."},
         "Les délais sont devenus intenables",
         "Association des pharmaciens du Québec",
         "l'Association des pharmaciens du Québec"},
        {"fr",
         {"L'Union des producteurs de Lévis a critiqué le projet devant les élus.",
          "« Nous ne céderons pas », a affirmé la Fédération des locataires de Lévis."},
         "Nous ne céderons pas",
         "Fédération des locataires de Lévis",
         "la Fédération des locataires de Lévis"},
        {"it",
         {"La Federazione dei medici di Bari ha criticato il piano della regione.",
          "«I turni sono insostenibili», ha detto l'Associazione dei farmacisti di Bari."},
         "I turni sono insostenibili",
         "Associazione dei farmacisti di Bari",
         "l'Associazione dei farmacisti di Bari"},
        {"en",
         {"The Federation of Harbour Workers welcomed the plan on Tuesday.",
          "\"The delays have become unbearable,\" said the Association of Harbour Pilots."},
         "The delays have become unbearable",
         "Association of Harbour Pilots",
         "the Association of Harbour Pilots"},
    });
}

TEST_CASE("a role of a body named before still describes its person", "[quotes][speakers]") {
    // (a role noun heads the mention, no body's name: the person named with that role speaks)
    check_quotes({
        {"fr",
         {"La présidente de la Fédération des infirmières du Québec, Julie Morin, a salué l'annonce.",
          "« C'est un premier pas », a ajouté la présidente de la Fédération."},
         "C'est un premier pas",
         "Julie Morin"},
    });
}
