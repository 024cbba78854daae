// A paywall's prompt between two paragraphs of a page that printed the text whole under it ("Este contenido es
// exclusivo para suscriptores / Suscríbete para seguir leyendo / Lee sin límites / <paragraph>"): the text goes on
// under the prompt and its buttons (text_past_paywall(), region_past_boxes.cpp), and the prompt leaves the body
// (drop_paywall_badges(), region_body_drops.cpp). A card of another article under the prompt, its title then its
// summary, stays out. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A Spanish page's head, its first paragraphs and the paywall's prompt under them.
const std::string head_es = R"(DIARIO DEL NORTE
Suscríbete
Iniciar sesión
España
Economía
El Gobierno vasco aprueba un plan de 300 millones para rehabilitar pisos vacíos
Los ayuntamientos podrán pedir las ayudas desde marzo y deberán destinar las viviendas al alquiler asequible
Ana Echeverría
Bilbao - 03 dic 2026 - 13:45 CET
El Consejo de Gobierno ha aprobado este martes un plan de 300 millones de euros para rehabilitar pisos vacíos de propiedad pública y destinarlos al alquiler asequible.
Según el departamento de Vivienda, en Euskadi hay unas 4.000 viviendas públicas vacías, muchas de ellas en mal estado.
Este contenido es exclusivo para suscriptores
Suscríbete para seguir leyendo
Lee sin límites
)";

struct Row {
    const char* lang;
    std::string page;
    const char* prompt; // the prompt's first line
    const char* last;   // the paragraph under it
};

} // namespace

TEST_CASE("the text goes on under a paywall's prompt, which leaves the body", "[region][paywall][boiler27]") {
    const Row rows[] = {
        {"es", head_es + R"(Las asociaciones de inquilinos han celebrado la medida, aunque consideran que llega demasiado tarde.
Archivado En
Vivienda
Alquiler
)", "Este contenido es exclusivo para suscriptores", "Las asociaciones de inquilinos"},
        {"pt", R"(DIÁRIO DO NORTE
Assinar
Entrar
Sociedade
Local
Braga vai ter mais 200 lugares em creches municipais até 2028
A câmara aprovou esta quarta-feira o investimento de oito milhões de euros em três novos equipamentos.
Marta Silva
3 de Dezembro de 2026, 17:20
A Câmara Municipal de Braga aprovou esta quarta-feira a construção de três novas creches, que vão criar mais 200 lugares até 2028.
As novas creches ficarão em Gualtar, Lamaçães e Ferreiros, freguesias onde a lista de espera é maior.
Conteúdo exclusivo para assinantes
Assine já
Já é assinante? Entrar
A autarquia prevê lançar os concursos públicos no primeiro trimestre do próximo ano.
Tópicos
Braga
Creches
)", "Conteúdo exclusivo para assinantes", "A autarquia prevê lançar"},
        {"it", R"(Gazzetta del Lago
Abbonati
Accedi
Cronaca
Como, il Comune compra l'ex caserma per farne una biblioteca
L'accordo con il Demanio vale quattro milioni di euro. I lavori partiranno nel 2028
di Elena Riva
3 dicembre 2026
Il Comune di Como ha firmato mercoledì l'accordo con il Demanio per l'acquisto dell'ex caserma di via Borsieri, chiusa dal 2009.
Nell'edificio troveranno posto la nuova biblioteca civica, una sala studio e gli uffici dei servizi sociali.
Questo articolo è riservato agli abbonati
Abbonati per continuare a leggere
Sei già abbonato? Accedi
Il progetto definitivo sarà presentato in consiglio comunale entro la prossima primavera, ha detto il sindaco.
Argomenti
Como
)", "Questo articolo è riservato agli abbonati", "Il progetto definitivo sarà presentato"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.last);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK_FALSE(test::in_text(a, r.prompt));
    }
}

TEST_CASE("a card of another article under a paywall's prompt stays out", "[region][paywall][boiler27]") {
    const Article a = parse(head_es + R"(El precio del alquiler sube un 9% en Bilbao
La capital vizcaína encadena cinco años de subidas, según los datos del último informe del Observatorio de la Vivienda.
Archivado En
Vivienda
)");
    CHECK_FALSE(test::has_paragraph_starting(a, "La capital vizcaína encadena"));
    CHECK_FALSE(test::in_text(a, "El precio del alquiler sube un 9% en Bilbao"));
}

TEST_CASE("the author's box under a paywall's prompt stays out", "[region][paywall][boiler27]") {
    const Row rows[] = {
        {"fr", R"(La Voix de l'Estuaire
Se connecter
Économie
Le chantier naval embauche 400 soudeurs d'ici l'été
La direction veut reconstituer ses effectifs après deux années de commandes record
Publié le 3 décembre 2026
Le chantier naval a annoncé mardi l'embauche de 400 soudeurs et chaudronniers d'ici l'été prochain, pour tenir le calendrier de ses commandes.
Selon la direction, la moitié des postes seront pourvus par des salariés formés sur place, dans l'école interne du site.
Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.
Déjà abonné ? Se connecter
Je m'abonne
Claire Le Goff
Journaliste au service Économie, elle suit l'industrie et le port de la ville.
Les plus lus
)",
         "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.", "Journaliste au service"},
        {"it", R"(Gazzetta del Lago
Abbonati
Economia
Il cantiere navale assume 400 saldatori entro l'estate
L'azienda vuole ricostituire il personale dopo due anni di ordini record
3 dicembre 2026
Il cantiere navale ha annunciato martedì l'assunzione di 400 saldatori e carpentieri entro la prossima estate, per rispettare i tempi delle commesse.
Secondo l'azienda, metà dei posti sarà coperta da lavoratori formati nella scuola interna del cantiere.
Questo articolo è riservato agli abbonati
Sei già abbonato? Accedi
Marco Gatti
Giornalista della redazione Economia, segue l'industria e il porto della città.
I più letti
)",
         "Questo articolo è riservato agli abbonati", "Giornalista della redazione"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.last);
        const Article a = parse(r.page);
        CHECK_FALSE(test::has_paragraph_starting(a, r.last));
        CHECK_FALSE(test::in_text(a, r.prompt));
    }
}
