// dev: the smallest sizes that still run two instances. The tab SSO app comes from the environment
// (addin-manifest/env/.env.dev, filled by provisioning, and its .user file for the secret).
using 'main.bicep'

param environmentName = 'dev'
param appServiceSkuName = 'P0v3'
param instanceCount = 2
param zoneRedundant = false
param storageSkuName = 'Standard_LRS'
param redisSkuName = 'Basic'
param redisCapacity = 0
param botSkuName = 'F0'
param logRetentionInDays = 30
param tabSsoClientId = readEnvironmentVariable('AAD_APP_CLIENT_ID', '')
param tabSsoClientSecret = readEnvironmentVariable('SECRET_AAD_APP_CLIENT_SECRET', '')
