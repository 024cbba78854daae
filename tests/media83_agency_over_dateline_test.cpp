// The wire's full name alone under the headline ("Agencia EFE", "Agence France-Presse", "Deutsche Presse-Agentur",
// "Agenzia ANSA") right over the text that opens with the same agency's dateline is the wire's byline: no picture's
// credit, no author, no heading; the line is kept with the boilerplate and the dateline gives the source tag
// (media83, page84's "Agencia EFE"). A picture's labelled credit there ("Foto: EFE") stays a picture's.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string page;
    std::string agency_line;
    std::string agency; // its id
};

const std::vector<Row> rows = {
    {"es",
     "Ir al contenido\n"
     "Diario del Valle\n"
     "Nacional\n"
     "Internacional\n"
     "Economía\n"
     "Deportes\n"
     "El Gobierno aprueba un plan de ayudas para los agricultores afectados por la sequía\n"
     "Agencia EFE\n"
     "Madrid, 5 dic (EFE).- El Consejo de Ministros ha aprobado este martes un paquete de ayudas de 300 millones de "
     "euros destinado a los agricultores y ganaderos afectados por la sequía en el sur del país.\n"
     "La ministra de Agricultura ha explicado en rueda de prensa que las ayudas se repartirán en dos tramos y que "
     "los primeros pagos llegarán antes de que acabe el año.\n"
     "Las organizaciones agrarias han valorado la medida, aunque consideran que llega tarde y que la cuantía resulta "
     "insuficiente para cubrir las pérdidas de la campaña.\n"
     "Aviso legal\n"
     "Contacto\n",
     "Agencia EFE", "efe"},
    {"fr",
     "Aller au contenu\n"
     "Le Courrier du Lac\n"
     "France\n"
     "Monde\n"
     "Économie\n"
     "Sports\n"
     "Le gouvernement annonce un plan d'aide pour les agriculteurs touchés par la sécheresse\n"
     "Agence France-Presse\n"
     "Paris, 5 déc 2026 (AFP) - Le gouvernement a annoncé mardi un plan d'aide de 300 millions d'euros destiné aux "
     "agriculteurs et aux éleveurs touchés par la sécheresse dans le sud du pays.\n"
     "La ministre de l'Agriculture a précisé que les aides seraient versées en deux fois et que les premiers "
     "paiements arriveraient avant la fin de l'année.\n"
     "Les syndicats agricoles ont salué la mesure, tout en estimant qu'elle arrive tard et que son montant reste "
     "insuffisant pour couvrir les pertes de la saison.\n"
     "Mentions légales\n"
     "Contact\n",
     "Agence France-Presse", "afp"},
    {"de",
     "Zum Inhalt springen\n"
     "Stadtanzeiger\n"
     "Politik\n"
     "Wirtschaft\n"
     "Sport\n"
     "Bundesregierung beschließt Hilfen für Landwirte nach der Dürre\n"
     "Deutsche Presse-Agentur\n"
     "Berlin (dpa) - Das Bundeskabinett hat am Dienstag ein Hilfspaket von 300 Millionen Euro für Landwirte und "
     "Tierhalter beschlossen, die unter der Dürre im Sommer gelitten haben.\n"
     "Die Landwirtschaftsministerin sagte, die Hilfen würden in zwei Tranchen ausgezahlt und die ersten Zahlungen "
     "sollten noch vor dem Jahresende ankommen.\n"
     "Die Bauernverbände begrüßten die Entscheidung, halten sie aber für verspätet und die Summe für zu gering, um "
     "die Verluste der Saison auszugleichen.\n"
     "Impressum\n"
     "Kontakt\n",
     "Deutsche Presse-Agentur", "dpa"},
    {"it",
     "Vai al contenuto\n"
     "Gazzetta del Borgo\n"
     "Italia\n"
     "Mondo\n"
     "Economia\n"
     "Sport\n"
     "Il governo approva un piano di aiuti per gli agricoltori colpiti dalla siccità\n"
     "Agenzia ANSA\n"
     "(ANSA) - ROMA, 05 DIC - Il Consiglio dei ministri ha approvato martedì un pacchetto di aiuti da 300 milioni di "
     "euro destinato agli agricoltori e agli allevatori colpiti dalla siccità nel sud del Paese.\n"
     "La ministra dell'Agricoltura ha spiegato che gli aiuti saranno versati in due tranche e che i primi pagamenti "
     "arriveranno prima della fine dell'anno.\n"
     "Le organizzazioni agricole hanno accolto la misura, ma ritengono che arrivi tardi e che la somma sia "
     "insufficiente a coprire le perdite della stagione.\n"
     "Privacy\n"
     "Contatti\n",
     "Agenzia ANSA", "ansa"},
};

} // namespace

TEST_CASE("an agency's full name over its own dateline is no picture's credit", "[media][agency][media83]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a = parse(row.page, "page.txt");
        CHECK(a.media.empty());
        CHECK(a.authors.empty());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), row.agency_line) != a.boilerplate.end());
        for (const Section& s : a.sections)
            CHECK(s.heading != row.agency_line);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{row.agency});
    }
}

TEST_CASE("a labelled agency credit over the agency's dateline stays a picture's credit", "[media][agency][media83]") {
    std::string page = rows[0].page;
    const std::string line = rows[0].agency_line + "\n";
    page.replace(page.find(line), line.size(), "Foto: EFE\n");
    const Article a = parse(page, "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == "Foto: EFE");
}
