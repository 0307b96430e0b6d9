// The host's app settings, written after every resource they name exists. Secrets arrive as Key Vault
// references, resolved by App Service with the host's managed identity.

@description('The web app that receives the settings.')
param webAppName string

@description('All settings, name to value.')
param settings object

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: webAppName
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
