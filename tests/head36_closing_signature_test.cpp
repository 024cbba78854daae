// An opinion piece signed by a bare name after its last paragraph, right over the page's copyright line ("Marco
// Ferrante" / "Riproduzione riservata © 2026 - IL GIORNALE DEL LAGO"), on a page with no byline: the copyright line
// sets the name apart as a blank line does (signature()), and the text's last line over it may be a short closing
// sentence. A page's footer links over the copyright line sign nothing. Every page is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a bare name over the copyright line under the text signs it", "[classify][byline][signature][head36]") {
    struct Row {
        const char* page;
        const char* author; // "": none
    };
    const Row rows[] = {
        {
         "Il Giornale del Lago\n"
         "Abbonati\n"
         "Opinioni\n"
         "Il coraggio che manca alla politica dei trasporti\n"
         "24 Novembre 2026\n"
         "Il lago continua a perdere corse e battelli senza che il dibattito pubblico se ne accorga davvero, mentre i pendolari aspettano.\n"
         "Servirebbe un piano di lungo periodo, non l'ennesimo sconto sugli abbonamenti. Gli altri cantoni hanno già scelto una strada chiara da anni.\n"
         "Il governo ha ancora qualche mese per cambiare rotta. Dopo sarà troppo tardi.\n"
         "Marco Ferrante\n"
         "Riproduzione riservata © 2026 - IL GIORNALE DEL LAGO\n",
         "Marco Ferrante"},
        {
         "Diario del Puerto\n"
         "Suscríbete\n"
         "Opinión\n"
         "El valor que le falta a la política de transportes\n"
         "24 de noviembre de 2026\n"
         "El puerto sigue perdiendo líneas y barcos sin que el debate público se entere de verdad, mientras los pasajeros esperan en el muelle.\n"
         "Haría falta un plan a largo plazo, no otro descuento en los abonos. Las demás ciudades eligieron hace años un camino claro.\n"
         "El Gobierno aún tiene unos meses para cambiar de rumbo. Después será demasiado tarde.\n"
         "Ana Ruiz\n"
         "© 2026 Diario del Puerto. Todos los derechos reservados.\n",
         "Ana Ruiz"},
        {
         "Le Journal du Port\n"
         "S'abonner\n"
         "Opinions\n"
         "Le courage qui manque à la politique des transports\n"
         "24 novembre 2026\n"
         "Le port continue de perdre des lignes et des bateaux sans que le débat public s'en rende vraiment compte, pendant que les passagers attendent.\n"
         "Il faudrait un plan à long terme, pas une énième remise sur les abonnements. Les autres villes ont choisi une voie claire depuis des années.\n"
         "Le gouvernement a encore quelques mois pour changer de cap. Après, il sera trop tard.\n"
         "Jeanne Morel\n"
         "© 2026 Le Journal du Port - Tous droits réservés\n",
         "Jeanne Morel"},
        {
         "Diario del Puerto\n"
         "Suscríbete\n"
         "Opinión\n"
         "Los muelles que la ciudad olvidó hace demasiado tiempo\n"
         "24 de noviembre de 2026\n"
         "Los viejos muelles del norte llevan una década cerrados, y nadie en el Ayuntamiento parece tener prisa por abrirlos de nuevo.\n"
         "Los vecinos piden un parque, los comerciantes un mercado. Mientras tanto, las grúas oxidadas siguen ahí, esperando una decisión.\n"
         "Contacto\n"
         "Aviso Legal\n"
         "Política de Privacidad\n"
         "© 2026 Diario del Puerto. Todos los derechos reservados.\n",
         ""},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        const std::vector<std::string> want = *r.author ? std::vector<std::string>{r.author} : std::vector<std::string>{};
        CHECK(a.authors == want);
    }
}
