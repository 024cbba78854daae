// Tests of a body named after an elided article ("l'OMS", "l’Union syndicale suisse", "l'Istat"): the article elided
// into the name's first word, the speaker is the name without it. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body named after an elided article is the speaker without its article", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"« Les hôpitaux du nord du pays restent sous forte pression », a indiqué l'OMS dans un communiqué."},
         "Les hôpitaux du nord du pays restent sous forte pression",
         "OMS",
         "l'OMS"},
        {"fr",
         {"« Cette réforme affaiblit les salaires des plus modestes », a dénoncé l’Union syndicale suisse."},
         "Cette réforme affaiblit les salaires des plus modestes",
         "Union syndicale suisse",
         "l’Union syndicale suisse"},
        {"fr",
         {"Les prix à la consommation ont progressé de 1 % en un an, selon l’Insee."},
         "Les prix à la consommation ont progressé de 1 % en un an",
         "Insee",
         "l’Insee"},
        {"it",
         {"«La produzione industriale è calata per il terzo mese di fila», ha spiegato l'Istat in una nota."},
         "La produzione industriale è calata per il terzo mese di fila",
         "Istat",
         "l'Istat"},
    });
}

TEST_CASE("an elided body's name runs on past its lower-case words to a place", "[quotes][speakers]") {
    // (not the place alone: "Québec" is the last capitalised word of the body's name)
    check_quotes({
        {"fr",
         {"Mardi, l’Association des pharmaciens de Laval a averti que la pénurie serait « la plus longue depuis "
          "vingt ans »."},
         "la plus longue depuis vingt ans",
         "Association des pharmaciens de Laval"},
    });
}

TEST_CASE("an elided word before a lower-case noun names no body", "[quotes][speakers]") {
    // ("l'entraîneur", "l’élue": a role after its elided article, someone the text does not name, no body)
    check_quotes({
        {"fr",
         {"« Nous avons manqué de lucidité dans les derniers mètres », a regretté l'entraîneur après le match."},
         "Nous avons manqué de lucidité dans les derniers mètres",
         ""},
    });
}
