// The host's one identity: a user-assigned managed identity. The Azure Bot uses it as the bot's app id
// (msaAppType UserAssignedMSI: no client secret exists), the host uses it for Tables and Key Vault.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for identity assignments and the bot registration.')
output id string = identity.id

@description('Client id: the bot app id and the ManagedIdentityClientId settings.')
output clientId string = identity.properties.clientId

@description('Principal (object) id, for role assignments.')
output principalId string = identity.properties.principalId

@description('Tenant of the identity: the bot tenant.')
output tenantId string = identity.properties.tenantId
