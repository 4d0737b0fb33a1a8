// generated — do not edit. Produced by `npm run generate` from spec/control-plane.schema.yaml; change that (or the generator in scripts/) instead.
"use strict";
exports.AgentServerStatus = validate21;
const schema32 = {"title":"AgentServerStatus","description":"The coding-agent server the daemon drives conversations on.","type":"object","required":["reachable","base_url","conversation_count","status_line"],"properties":{"reachable":{"description":"Whether the daemon's last contact with the agent server succeeded.","type":"boolean"},"base_url":{"description":"Base URL of the agent server.","type":"string"},"conversation_count":{"$ref":"#/$defs/U32","description":"Conversations currently open on the agent server."},"status_line":{"description":"One human-readable line about the agent server's condition.","type":"string"}},"examples":[{"reachable":true,"base_url":"http://127.0.0.1:3000","conversation_count":2,"status_line":"healthy"}]};
const schema33 = {"title":"U32","description":"An unsigned 32-bit count, in [0, 4294967295]. Its format is `int64` because\na signed 32-bit integer (`int32`) cannot hold the values above 2147483647.\n","type":"integer","format":"int64","minimum":0,"maximum":4294967295};
const formats0 = require("ajv-formats/dist/formats").fullFormats.int64;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reachable === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reachable"},message:"must have required property '"+"reachable"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.base_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_url"},message:"must have required property '"+"base_url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.conversation_count === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conversation_count"},message:"must have required property '"+"conversation_count"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status_line === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status_line"},message:"must have required property '"+"status_line"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reachable !== undefined){
if(typeof data.reachable !== "boolean"){
const err4 = {instancePath:instancePath+"/reachable",schemaPath:"#/properties/reachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.base_url !== undefined){
if(typeof data.base_url !== "string"){
const err5 = {instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.conversation_count !== undefined){
let data2 = data.conversation_count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data2))){
const err9 = {instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.status_line !== undefined){
if(typeof data.status_line !== "string"){
const err10 = {instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"reachable":true,"base_url":true,"conversation_count":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

exports.ConversationEvent = validate22;
const schema34 = {"title":"ConversationEvent","description":"One event of an issue's agent conversation.","type":"object","required":["event_id","happened_at","kind","summary"],"properties":{"event_id":{"description":"The agent server's id of the event.","type":"string"},"happened_at":{"$ref":"#/$defs/Timestamp"},"kind":{"description":"The agent server's kind of event (free-form, for example `tool_call` or `message`).","type":"string"},"summary":{"description":"One human-readable line about the event.","type":"string"}},"examples":[{"event_id":"evt-0192","happened_at":"2026-03-21T20:00:06.5Z","kind":"tool_call","summary":"ran cargo test -p opensymphony"}]};
const schema35 = {"title":"Timestamp","description":"An RFC 3339 instant in UTC, for example `2026-03-21T20:00:07.123456789Z`.","type":"string","format":"date-time","examples":["2026-03-21T20:00:00Z","2026-03-21T20:00:07.123456789Z"]};
const formats2 = require("ajv-formats/dist/formats").fullFormats["date-time"];

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_id"},message:"must have required property '"+"event_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.happened_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "happened_at"},message:"must have required property '"+"happened_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.summary === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.event_id !== undefined){
if(typeof data.event_id !== "string"){
const err4 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.happened_at !== undefined){
let data1 = data.happened_at;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err5 = {instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"event_id":true,"happened_at":true,"kind":true,"summary":true},"dynamicProps":false,"dynamicItems":false};

exports.DaemonSnapshot = validate23;
const schema36 = {"title":"DaemonSnapshot","description":"Everything an operator sees of the orchestrator at one instant: the daemon,\nthe agent server, the memory server, aggregate metrics, every tracked issue\nand the most recent daemon events. Published by the daemon (the only writer).\n","type":"object","required":["generated_at","daemon","agent_server","metrics","issues","recent_events"],"properties":{"generated_at":{"$ref":"#/$defs/Timestamp","description":"When the daemon assembled this snapshot."},"daemon":{"$ref":"#/$defs/DaemonStatus"},"agent_server":{"$ref":"#/$defs/AgentServerStatus"},"memory_server":{"$ref":"#/$defs/MemoryServerStatus","description":"The memory server's status. Older producers omit it; readers then use the\ndefault `{\"enabled\": false, \"reachable\": false, \"status_line\": \"disabled\"}`.\n","default":{"enabled":false,"reachable":false,"status_line":"disabled"}},"metrics":{"$ref":"#/$defs/MetricsSnapshot"},"issues":{"description":"Every issue the daemon tracks, in the daemon's order.","type":"array","items":{"$ref":"#/$defs/IssueSnapshot"}},"recent_events":{"description":"The daemon's most recent events, newest first.","type":"array","items":{"$ref":"#/$defs/RecentEvent"}}},"examples":[{"generated_at":"2026-03-21T20:00:00Z","daemon":{"state":"starting","last_poll_at":"2026-03-21T20:00:00Z","workspace_root":"/tmp/opensymphony","status_line":"starting up"},"agent_server":{"reachable":false,"base_url":"http://127.0.0.1:3000","conversation_count":0,"status_line":"connecting"},"metrics":{"running_issues":0,"retry_queue_depth":0,"input_tokens":0,"output_tokens":0,"cache_read_tokens":0,"total_tokens":0,"total_cost_micros":0},"issues":[],"recent_events":[]}]};
const schema41 = {"title":"MemoryServerStatus","description":"The optional memory server that agents share context through.","type":"object","required":["enabled","reachable","status_line"],"properties":{"enabled":{"description":"Whether the daemon is configured to use a memory server.","type":"boolean"},"reachable":{"description":"Whether the daemon's last contact with the memory server succeeded.","type":"boolean"},"endpoint":{"description":"Where the memory server listens; omitted when none is configured.","type":"string"},"status_line":{"description":"One human-readable line about the memory server's condition.","type":"string"}},"default":{"enabled":false,"reachable":false,"status_line":"disabled"},"examples":[{"enabled":false,"reachable":false,"status_line":"disabled"},{"enabled":true,"reachable":true,"endpoint":"http://127.0.0.1:3100","status_line":"connected"}]};
const schema38 = {"title":"DaemonStatus","description":"The orchestrator daemon itself.","type":"object","required":["state","last_poll_at","workspace_root","status_line"],"properties":{"state":{"$ref":"#/$defs/DaemonState"},"last_poll_at":{"$ref":"#/$defs/Timestamp","description":"When the daemon last polled the issue tracker."},"workspace_root":{"description":"Directory under which the daemon creates one workspace per issue.","type":"string"},"status_line":{"description":"One human-readable line about the daemon's condition.","type":"string"}},"examples":[{"state":"ready","last_poll_at":"2026-03-21T20:00:00Z","workspace_root":"/tmp/opensymphony","status_line":"ready"}]};
const schema39 = {"title":"DaemonState","description":"Lifecycle state of the orchestrator daemon: `starting` (booting, not yet\npolling), `ready` (polling the tracker and dispatching work), `degraded`\n(running with a failing dependency), `stopped` (shut down).\n","type":"string","enum":["starting","ready","degraded","stopped"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.last_poll_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_poll_at"},message:"must have required property '"+"last_poll_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workspace_root === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workspace_root"},message:"must have required property '"+"workspace_root"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status_line === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status_line"},message:"must have required property '"+"status_line"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.state !== undefined){
let data0 = data.state;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data0 === "starting") || (data0 === "ready")) || (data0 === "degraded")) || (data0 === "stopped"))){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.last_poll_at !== undefined){
let data1 = data.last_poll_at;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err6 = {instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.workspace_root !== undefined){
if(typeof data.workspace_root !== "string"){
const err8 = {instancePath:instancePath+"/workspace_root",schemaPath:"#/properties/workspace_root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status_line !== undefined){
if(typeof data.status_line !== "string"){
const err9 = {instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"state":true,"last_poll_at":true,"workspace_root":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

const schema42 = {"title":"MetricsSnapshot","description":"Aggregate counters over every issue the daemon has run.","type":"object","required":["running_issues","retry_queue_depth","input_tokens","output_tokens","cache_read_tokens","total_tokens","total_cost_micros"],"properties":{"running_issues":{"$ref":"#/$defs/U32","description":"Issues with a worker running right now."},"retry_queue_depth":{"$ref":"#/$defs/U32","description":"Issues waiting in the retry queue."},"input_tokens":{"$ref":"#/$defs/U64","description":"Prompt tokens sent to the model, summed over all issues."},"output_tokens":{"$ref":"#/$defs/U64","description":"Completion tokens received from the model, summed over all issues."},"cache_read_tokens":{"$ref":"#/$defs/U64","description":"Prompt tokens served from the model's cache, summed over all issues."},"total_tokens":{"$ref":"#/$defs/U64","description":"All tokens accounted to the daemon."},"total_cost_micros":{"$ref":"#/$defs/U64","description":"Model spend in millionths of a US dollar."}},"examples":[{"running_issues":1,"retry_queue_depth":0,"input_tokens":2048,"output_tokens":2048,"cache_read_tokens":512,"total_tokens":4096,"total_cost_micros":120000}]};
const schema45 = {"title":"U64","description":"An unsigned 64-bit count, limited to [0, 9007199254740991]. The maximum is\n2^53 - 1 because the control plane, like every JSON reader with IEEE-754\ndoubles, cannot carry a larger integer exactly, so it rejects one rather than\nround it. Clients in languages with 64-bit integers may accept larger values\n(the generated Go, Java and Python clients do: the Rust reference's counters\nare full `u64`).\n","type":"integer","format":"int64","minimum":0,"maximum":9007199254740991};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.running_issues === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "running_issues"},message:"must have required property '"+"running_issues"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.retry_queue_depth === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry_queue_depth"},message:"must have required property '"+"retry_queue_depth"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.input_tokens === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input_tokens"},message:"must have required property '"+"input_tokens"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.output_tokens === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "output_tokens"},message:"must have required property '"+"output_tokens"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.cache_read_tokens === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cache_read_tokens"},message:"must have required property '"+"cache_read_tokens"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.total_tokens === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_tokens"},message:"must have required property '"+"total_tokens"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.total_cost_micros === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_cost_micros"},message:"must have required property '"+"total_cost_micros"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.running_issues !== undefined){
let data0 = data.running_issues;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err7 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data0))){
const err10 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.retry_queue_depth !== undefined){
let data1 = data.retry_queue_depth;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err11 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data1))){
const err14 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.input_tokens !== undefined){
let data2 = data.input_tokens;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err15 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats0.validate(data2))){
const err18 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.output_tokens !== undefined){
let data3 = data.output_tokens;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err19 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(formats0.validate(data3))){
const err22 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.cache_read_tokens !== undefined){
let data4 = data.cache_read_tokens;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err23 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err24 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err25 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(formats0.validate(data4))){
const err26 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.total_tokens !== undefined){
let data5 = data.total_tokens;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err27 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err28 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err29 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0.validate(data5))){
const err30 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.total_cost_micros !== undefined){
let data6 = data.total_cost_micros;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err31 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err32 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err33 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats0.validate(data6))){
const err34 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"running_issues":true,"retry_queue_depth":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"total_tokens":true,"total_cost_micros":true},"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"IssueSnapshot","description":"One tracked issue and the worker the daemon runs for it.","type":"object","required":["identifier","title","tracker_state","runtime_state","last_outcome","last_event_at","conversation_id_suffix","workspace_path_suffix","retry_count","blocked"],"properties":{"identifier":{"description":"The issue's key in the tracker, for example `COE-255`.","type":"string"},"title":{"description":"The issue's title in the tracker.","type":"string"},"tracker_state":{"description":"The issue's state name in the tracker, as the tracker spells it.","type":"string"},"runtime_state":{"$ref":"#/$defs/IssueRuntimeState"},"last_outcome":{"$ref":"#/$defs/WorkerOutcome"},"last_event_at":{"$ref":"#/$defs/Timestamp","description":"When anything last happened on this issue."},"conversation_id_suffix":{"description":"The tail of the agent conversation's id, enough to find it.","type":"string"},"workspace_path_suffix":{"description":"The issue's workspace directory, relative to the daemon's workspace root.","type":"string"},"retry_count":{"$ref":"#/$defs/U32","description":"Retries scheduled for this issue so far."},"blocked":{"description":"Whether the issue waits on something outside the daemon.","type":"boolean"},"server_base_url":{"description":"Agent server the issue's conversation runs on; omitted when unknown.","type":"string"},"transport_target":{"description":"How the daemon reaches that server (for example `loopback`); omitted when unknown.","type":"string"},"http_auth_mode":{"description":"Authentication used on the agent server's HTTP API; omitted when unknown.","type":"string"},"websocket_auth_mode":{"description":"Authentication used on the agent server's websocket; omitted when unknown.","type":"string"},"websocket_query_param_name":{"description":"Query parameter carrying the websocket credential, if that mode is used; omitted otherwise.","type":"string"},"recent_events":{"description":"Recent events of the issue's agent conversation; omitted when empty, read as empty when absent.","type":"array","items":{"$ref":"#/$defs/ConversationEvent"},"default":[],"x-omit-empty":true},"modified_files":{"description":"Files the worker changed in the issue's workspace; omitted when empty, read as empty when absent.","type":"array","items":{"$ref":"#/$defs/FileChange"},"default":[],"x-omit-empty":true},"input_tokens":{"$ref":"#/$defs/U64","description":"Prompt tokens spent on this issue; read as 0 when absent.","default":0},"output_tokens":{"$ref":"#/$defs/U64","description":"Completion tokens spent on this issue; read as 0 when absent.","default":0},"cache_read_tokens":{"$ref":"#/$defs/U64","description":"Cached prompt tokens spent on this issue; read as 0 when absent.","default":0},"url":{"description":"The issue's page in the tracker, for people to open; omitted when the\nproducer does not know it. The Rust reference does not send it.\n","type":"string","format":"uri"}},"examples":[{"identifier":"COE-255","title":"Observability and FrankenTUI","tracker_state":"In Progress","runtime_state":"running","last_outcome":"running","last_event_at":"2026-03-21T20:00:00Z","conversation_id_suffix":"c0e255","workspace_path_suffix":"COE-255","retry_count":0,"blocked":false,"server_base_url":"http://127.0.0.1:3000","transport_target":"loopback","http_auth_mode":"none","websocket_auth_mode":"none","input_tokens":1024,"output_tokens":512,"cache_read_tokens":256}]};
const schema51 = {"title":"IssueRuntimeState","description":"Where the daemon is with an issue: `idle` (tracked, no worker), `running`\n(a worker is on it), `retry_queued` (waiting for a retry after a failure or a\ncontinuation), `releasing` (the worker is being torn down), `completed`\n(done), `failed` (gave up).\n","type":"string","enum":["idle","running","retry_queued","releasing","completed","failed"]};
const schema52 = {"title":"WorkerOutcome","description":"How the last worker run on an issue ended: `unknown` (no run yet or not\nrecorded), `running` (still running), `continued` (stopped with more to do),\n`completed`, `failed`, `canceled`.\n","type":"string","enum":["unknown","running","continued","completed","failed","canceled"]};
const formats36 = require("ajv-formats/dist/formats").fullFormats.uri;
const schema55 = {"title":"FileChange","description":"One file the worker changed in the issue's workspace.","type":"object","required":["path","change_kind","lines_added","lines_removed"],"properties":{"path":{"description":"Path relative to the issue's workspace.","type":"string"},"change_kind":{"$ref":"#/$defs/FileChangeKind"},"lines_added":{"$ref":"#/$defs/U32"},"lines_removed":{"$ref":"#/$defs/U32"}},"examples":[{"path":"src/control.rs","change_kind":"modified","lines_added":42,"lines_removed":7}]};
const schema56 = {"title":"FileChangeKind","description":"What happened to a file in the issue's workspace.","type":"string","enum":["created","modified","removed"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change_kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change_kind"},message:"must have required property '"+"change_kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.lines_added === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines_added"},message:"must have required property '"+"lines_added"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lines_removed === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines_removed"},message:"must have required property '"+"lines_removed"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.change_kind !== undefined){
let data1 = data.change_kind;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data1 === "created") || (data1 === "modified")) || (data1 === "removed"))){
const err6 = {instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lines_added !== undefined){
let data2 = data.lines_added;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.lines_removed !== undefined){
let data3 = data.lines_removed;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data3))){
const err14 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"path":true,"change_kind":true,"lines_added":true,"lines_removed":true},"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tracker_state === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tracker_state"},message:"must have required property '"+"tracker_state"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.runtime_state === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runtime_state"},message:"must have required property '"+"runtime_state"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.last_outcome === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_outcome"},message:"must have required property '"+"last_outcome"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.last_event_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_event_at"},message:"must have required property '"+"last_event_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.conversation_id_suffix === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conversation_id_suffix"},message:"must have required property '"+"conversation_id_suffix"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.workspace_path_suffix === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workspace_path_suffix"},message:"must have required property '"+"workspace_path_suffix"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.retry_count === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry_count"},message:"must have required property '"+"retry_count"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.blocked === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocked"},message:"must have required property '"+"blocked"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.identifier !== undefined){
if(typeof data.identifier !== "string"){
const err10 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tracker_state !== undefined){
if(typeof data.tracker_state !== "string"){
const err12 = {instancePath:instancePath+"/tracker_state",schemaPath:"#/properties/tracker_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.runtime_state !== undefined){
let data3 = data.runtime_state;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((data3 === "idle") || (data3 === "running")) || (data3 === "retry_queued")) || (data3 === "releasing")) || (data3 === "completed")) || (data3 === "failed"))){
const err14 = {instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.last_outcome !== undefined){
let data4 = data.last_outcome;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((((data4 === "unknown") || (data4 === "running")) || (data4 === "continued")) || (data4 === "completed")) || (data4 === "failed")) || (data4 === "canceled"))){
const err16 = {instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.last_event_at !== undefined){
let data5 = data.last_event_at;
if(typeof data5 === "string"){
if(!(formats2.validate(data5))){
const err17 = {instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.conversation_id_suffix !== undefined){
if(typeof data.conversation_id_suffix !== "string"){
const err19 = {instancePath:instancePath+"/conversation_id_suffix",schemaPath:"#/properties/conversation_id_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.workspace_path_suffix !== undefined){
if(typeof data.workspace_path_suffix !== "string"){
const err20 = {instancePath:instancePath+"/workspace_path_suffix",schemaPath:"#/properties/workspace_path_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.retry_count !== undefined){
let data8 = data.retry_count;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4294967295 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(formats0.validate(data8))){
const err24 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.blocked !== undefined){
if(typeof data.blocked !== "boolean"){
const err25 = {instancePath:instancePath+"/blocked",schemaPath:"#/properties/blocked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.server_base_url !== undefined){
if(typeof data.server_base_url !== "string"){
const err26 = {instancePath:instancePath+"/server_base_url",schemaPath:"#/properties/server_base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.transport_target !== undefined){
if(typeof data.transport_target !== "string"){
const err27 = {instancePath:instancePath+"/transport_target",schemaPath:"#/properties/transport_target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.http_auth_mode !== undefined){
if(typeof data.http_auth_mode !== "string"){
const err28 = {instancePath:instancePath+"/http_auth_mode",schemaPath:"#/properties/http_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.websocket_auth_mode !== undefined){
if(typeof data.websocket_auth_mode !== "string"){
const err29 = {instancePath:instancePath+"/websocket_auth_mode",schemaPath:"#/properties/websocket_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.websocket_query_param_name !== undefined){
if(typeof data.websocket_query_param_name !== "string"){
const err30 = {instancePath:instancePath+"/websocket_query_param_name",schemaPath:"#/properties/websocket_query_param_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.recent_events !== undefined){
let data15 = data.recent_events;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data15[i0], {instancePath:instancePath+"/recent_events/" + i0,parentData:data15,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/recent_events",schemaPath:"#/properties/recent_events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.modified_files !== undefined){
let data17 = data.modified_files;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(!(validate31(data17[i1], {instancePath:instancePath+"/modified_files/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/modified_files",schemaPath:"#/properties/modified_files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.input_tokens !== undefined){
let data19 = data.input_tokens;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err33 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 9007199254740991 || isNaN(data19)){
const err34 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err35 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(formats0.validate(data19))){
const err36 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data.output_tokens !== undefined){
let data20 = data.output_tokens;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err37 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 9007199254740991 || isNaN(data20)){
const err38 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err39 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(formats0.validate(data20))){
const err40 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.cache_read_tokens !== undefined){
let data21 = data.cache_read_tokens;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err41 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
const err42 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err43 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(formats0.validate(data21))){
const err44 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data.url !== undefined){
let data22 = data.url;
if(typeof data22 === "string"){
if(!(formats36(data22))){
const err45 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"identifier":true,"title":true,"tracker_state":true,"runtime_state":true,"last_outcome":true,"last_event_at":true,"conversation_id_suffix":true,"workspace_path_suffix":true,"retry_count":true,"blocked":true,"server_base_url":true,"transport_target":true,"http_auth_mode":true,"websocket_auth_mode":true,"websocket_query_param_name":true,"recent_events":true,"modified_files":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"url":true},"dynamicProps":false,"dynamicItems":false};

const schema62 = {"title":"RecentEvent","description":"One event of the daemon's own log.","type":"object","required":["happened_at","issue_identifier","kind","summary"],"properties":{"happened_at":{"$ref":"#/$defs/Timestamp"},"issue_identifier":{"description":"The issue the event is about, or null for daemon-wide events.","type":["string","null"]},"kind":{"$ref":"#/$defs/RecentEventKind"},"summary":{"description":"One human-readable line about the event.","type":"string"}},"examples":[{"happened_at":"2026-03-21T20:00:00Z","issue_identifier":"COE-255","kind":"snapshot_published","summary":"published step 0"}]};
const schema64 = {"title":"RecentEventKind","description":"What the daemon did: `worker_started`, `workspace_prepared`,\n`stream_attached` (attached to an agent conversation's event stream),\n`snapshot_published`, `worker_completed`, `retry_scheduled`,\n`client_attached` / `client_detached` (an operator client came or went),\n`warning`.\n","type":"string","enum":["worker_started","workspace_prepared","stream_attached","snapshot_published","worker_completed","retry_scheduled","client_attached","client_detached","warning"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.happened_at === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "happened_at"},message:"must have required property '"+"happened_at"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.issue_identifier === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issue_identifier"},message:"must have required property '"+"issue_identifier"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.summary === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.happened_at !== undefined){
let data0 = data.happened_at;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err4 = {instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.issue_identifier !== undefined){
let data1 = data.issue_identifier;
if((typeof data1 !== "string") && (data1 !== null)){
const err6 = {instancePath:instancePath+"/issue_identifier",schemaPath:"#/properties/issue_identifier/type",keyword:"type",params:{type: schema62.properties.issue_identifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((((data2 === "worker_started") || (data2 === "workspace_prepared")) || (data2 === "stream_attached")) || (data2 === "snapshot_published")) || (data2 === "worker_completed")) || (data2 === "retry_scheduled")) || (data2 === "client_attached")) || (data2 === "client_detached")) || (data2 === "warning"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"happened_at":true,"issue_identifier":true,"kind":true,"summary":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generated_at === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.daemon === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "daemon"},message:"must have required property '"+"daemon"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.agent_server === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_server"},message:"must have required property '"+"agent_server"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metrics === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.issues === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issues"},message:"must have required property '"+"issues"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.recent_events === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recent_events"},message:"must have required property '"+"recent_events"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.generated_at !== undefined){
let data0 = data.generated_at;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err6 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.daemon !== undefined){
if(!(validate24(data.daemon, {instancePath:instancePath+"/daemon",parentData:data,parentDataProperty:"daemon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.agent_server !== undefined){
if(!(validate21(data.agent_server, {instancePath:instancePath+"/agent_server",parentData:data,parentDataProperty:"agent_server",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.memory_server !== undefined){
let data3 = data.memory_server;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.enabled === undefined){
const err8 = {instancePath:instancePath+"/memory_server",schemaPath:"#/$defs/MemoryServerStatus/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.reachable === undefined){
const err9 = {instancePath:instancePath+"/memory_server",schemaPath:"#/$defs/MemoryServerStatus/required",keyword:"required",params:{missingProperty: "reachable"},message:"must have required property '"+"reachable"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.status_line === undefined){
const err10 = {instancePath:instancePath+"/memory_server",schemaPath:"#/$defs/MemoryServerStatus/required",keyword:"required",params:{missingProperty: "status_line"},message:"must have required property '"+"status_line"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.enabled !== undefined){
if(typeof data3.enabled !== "boolean"){
const err11 = {instancePath:instancePath+"/memory_server/enabled",schemaPath:"#/$defs/MemoryServerStatus/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.reachable !== undefined){
if(typeof data3.reachable !== "boolean"){
const err12 = {instancePath:instancePath+"/memory_server/reachable",schemaPath:"#/$defs/MemoryServerStatus/properties/reachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.endpoint !== undefined){
if(typeof data3.endpoint !== "string"){
const err13 = {instancePath:instancePath+"/memory_server/endpoint",schemaPath:"#/$defs/MemoryServerStatus/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.status_line !== undefined){
if(typeof data3.status_line !== "string"){
const err14 = {instancePath:instancePath+"/memory_server/status_line",schemaPath:"#/$defs/MemoryServerStatus/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/memory_server",schemaPath:"#/$defs/MemoryServerStatus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.metrics !== undefined){
if(!(validate27(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.issues !== undefined){
let data9 = data.issues;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate29(data9[i0], {instancePath:instancePath+"/issues/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/issues",schemaPath:"#/properties/issues/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.recent_events !== undefined){
let data11 = data.recent_events;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate34(data11[i1], {instancePath:instancePath+"/recent_events/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/recent_events",schemaPath:"#/properties/recent_events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"generated_at":true,"daemon":true,"agent_server":true,"memory_server":true,"metrics":true,"issues":true,"recent_events":true},"dynamicProps":false,"dynamicItems":false};

exports.DaemonState = validate36;

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "starting") || (data === "ready")) || (data === "degraded")) || (data === "stopped"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.DaemonStatus = validate37;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.last_poll_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_poll_at"},message:"must have required property '"+"last_poll_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.workspace_root === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workspace_root"},message:"must have required property '"+"workspace_root"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status_line === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status_line"},message:"must have required property '"+"status_line"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.state !== undefined){
let data0 = data.state;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data0 === "starting") || (data0 === "ready")) || (data0 === "degraded")) || (data0 === "stopped"))){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.last_poll_at !== undefined){
let data1 = data.last_poll_at;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err6 = {instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.workspace_root !== undefined){
if(typeof data.workspace_root !== "string"){
const err8 = {instancePath:instancePath+"/workspace_root",schemaPath:"#/properties/workspace_root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status_line !== undefined){
if(typeof data.status_line !== "string"){
const err9 = {instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"state":true,"last_poll_at":true,"workspace_root":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

exports.Epoch = validate38;
const schema69 = {"title":"Epoch","description":"An opaque id the snapshot store picks when it starts. Sequences are only\ncomparable within one epoch: a different epoch with a lower sequence means\nthe daemon restarted, the same epoch with a lower sequence is a regression.\nOptional for readers: the Rust reference does not send it.\n","type":"string","minLength":1,"maxLength":128,"examples":["3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 128){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.Error = validate39;
const schema70 = {"title":"Error","description":"The body of every non-2xx JSON response.","type":"object","required":["error"],"properties":{"error":{"$ref":"#/$defs/ErrorBody"}},"examples":[{"error":{"code":"invalid_snapshot","message":"the snapshot does not match the DaemonSnapshot schema","details":[{"path":"/metrics/total_tokens","message":"must be >= 0"}]}},{"error":{"code":"unauthorized","message":"a valid bearer token is required to publish"}}]};
const schema71 = {"title":"ErrorBody","description":"What went wrong.","type":"object","required":["code","message"],"properties":{"code":{"$ref":"#/$defs/ErrorCode"},"message":{"description":"A human-readable explanation, safe to show to an operator.","type":"string"},"details":{"description":"Individual violations, when the error has several.","type":"array","items":{"$ref":"#/$defs/ErrorDetail"}}},"examples":[{"code":"payload_too_large","message":"the request body exceeds 1048576 bytes"}]};
const schema72 = {"title":"ErrorCode","description":"Stable, machine-readable reason of an error response:\n- `invalid_json` (400): the request body is not JSON, is nested deeper than the\n  server allows (64 levels), or its `Content-Encoding` stream is broken;\n- `invalid_snapshot` (400): the body is JSON but not a valid `DaemonSnapshot`;\n  `details` lists each violation;\n- `unauthorized` (401): the bearer token is missing or wrong (the publish token\n  on a publish; the read token, or the publish token, on a read when the server\n  requires one);\n- `publishing_disabled` (403): no publish token is configured, so publishing\n  over HTTP is off;\n- `host_not_allowed` (403): the request's `Host` is not this server's (an IP\n  literal, `localhost`, or a name it was told to answer to): the defence against\n  DNS rebinding;\n- `origin_not_allowed` (403): a publish came from a browser page of another\n  origin;\n- `not_found` (404): no such route;\n- `method_not_allowed` (405): the route exists, the method does not; the\n  `Allow` header lists the methods that do;\n- `request_timeout` (408): the request body did not arrive in time; nothing\n  was published;\n- `payload_too_large` (413): the body exceeds the configured limit (after\n  decoding its `Content-Encoding`);\n- `unsupported_media_type` (415): the body is not `application/json`, or its\n  `Content-Encoding` is not `gzip`, `deflate`, `br` or `identity`;\n- `too_many_requests` (429): this client holds as many event streams as the\n  server allows one client; `Retry-After` says when to try again;\n- `internal_error` (500): the server failed; the message never carries a stack trace;\n- `too_many_subscribers` (503): the server holds as many event streams as it\n  allows; `Retry-After` says when to try again;\n- `not_ready` (503): the control plane cannot serve and accept publishes now\n  (shutting down, or its shared store unreachable); `/readyz` answers it;\n- `store_unavailable` (503): the store a replica publishes through (Redis) is\n  unreachable; nothing was published; `Retry-After` says when to try again.\n","type":"string","enum":["invalid_json","invalid_snapshot","unauthorized","publishing_disabled","host_not_allowed","origin_not_allowed","not_found","method_not_allowed","request_timeout","payload_too_large","unsupported_media_type","too_many_requests","internal_error","too_many_subscribers","not_ready","store_unavailable"]};
const schema73 = {"title":"ErrorDetail","description":"One violation found in a request body.","type":"object","required":["path","message"],"properties":{"path":{"description":"JSON Pointer (RFC 6901) to the offending value in the request body; empty for the root.","type":"string"},"message":{"description":"What is wrong there.","type":"string"}},"examples":[{"path":"/daemon/state","message":"must be equal to one of the allowed values (starting, ready, degraded, stopped)"}]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((((((((((data0 === "invalid_json") || (data0 === "invalid_snapshot")) || (data0 === "unauthorized")) || (data0 === "publishing_disabled")) || (data0 === "host_not_allowed")) || (data0 === "origin_not_allowed")) || (data0 === "not_found")) || (data0 === "method_not_allowed")) || (data0 === "request_timeout")) || (data0 === "payload_too_large")) || (data0 === "unsupported_media_type")) || (data0 === "too_many_requests")) || (data0 === "internal_error")) || (data0 === "too_many_subscribers")) || (data0 === "not_ready")) || (data0 === "store_unavailable"))){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.details !== undefined){
let data2 = data.details;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.path === undefined){
const err5 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.message === undefined){
const err6 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.path !== undefined){
if(typeof data3.path !== "string"){
const err7 = {instancePath:instancePath+"/details/" + i0+"/path",schemaPath:"#/$defs/ErrorDetail/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.message !== undefined){
if(typeof data3.message !== "string"){
const err8 = {instancePath:instancePath+"/details/" + i0+"/message",schemaPath:"#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"code":true,"message":true,"details":true},"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
if(!(validate40(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

exports.ErrorBody = validate42;

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((((((((((data0 === "invalid_json") || (data0 === "invalid_snapshot")) || (data0 === "unauthorized")) || (data0 === "publishing_disabled")) || (data0 === "host_not_allowed")) || (data0 === "origin_not_allowed")) || (data0 === "not_found")) || (data0 === "method_not_allowed")) || (data0 === "request_timeout")) || (data0 === "payload_too_large")) || (data0 === "unsupported_media_type")) || (data0 === "too_many_requests")) || (data0 === "internal_error")) || (data0 === "too_many_subscribers")) || (data0 === "not_ready")) || (data0 === "store_unavailable"))){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err4 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.details !== undefined){
let data2 = data.details;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.path === undefined){
const err5 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.message === undefined){
const err6 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.path !== undefined){
if(typeof data3.path !== "string"){
const err7 = {instancePath:instancePath+"/details/" + i0+"/path",schemaPath:"#/$defs/ErrorDetail/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.message !== undefined){
if(typeof data3.message !== "string"){
const err8 = {instancePath:instancePath+"/details/" + i0+"/message",schemaPath:"#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"code":true,"message":true,"details":true},"dynamicProps":false,"dynamicItems":false};

exports.ErrorCode = validate43;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((data === "invalid_json") || (data === "invalid_snapshot")) || (data === "unauthorized")) || (data === "publishing_disabled")) || (data === "host_not_allowed")) || (data === "origin_not_allowed")) || (data === "not_found")) || (data === "method_not_allowed")) || (data === "request_timeout")) || (data === "payload_too_large")) || (data === "unsupported_media_type")) || (data === "too_many_requests")) || (data === "internal_error")) || (data === "too_many_subscribers")) || (data === "not_ready")) || (data === "store_unavailable"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.ErrorDetail = validate44;

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err3 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"path":true,"message":true},"dynamicProps":false,"dynamicItems":false};

exports.FileChange = validate45;

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change_kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change_kind"},message:"must have required property '"+"change_kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.lines_added === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines_added"},message:"must have required property '"+"lines_added"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lines_removed === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lines_removed"},message:"must have required property '"+"lines_removed"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.change_kind !== undefined){
let data1 = data.change_kind;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data1 === "created") || (data1 === "modified")) || (data1 === "removed"))){
const err6 = {instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lines_added !== undefined){
let data2 = data.lines_added;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.lines_removed !== undefined){
let data3 = data.lines_removed;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data3))){
const err14 = {instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"path":true,"change_kind":true,"lines_added":true,"lines_removed":true},"dynamicProps":false,"dynamicItems":false};

exports.FileChangeKind = validate46;

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "created") || (data === "modified")) || (data === "removed"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.HealthResponse = validate47;
const schema84 = {"title":"HealthResponse","description":"Liveness of the control plane and a summary of its current snapshot.","type":"object","required":["status","current_sequence","published_at","issue_count"],"properties":{"status":{"description":"Always `ok` when the control plane answers.","type":"string","const":"ok"},"current_sequence":{"description":"Sequence of the current snapshot envelope (at most 2^53 - 1, see `U64`).","type":"integer","format":"int64","minimum":1,"maximum":9007199254740991},"published_at":{"$ref":"#/$defs/Timestamp","description":"When the current snapshot was published."},"issue_count":{"$ref":"#/$defs/U64","description":"Number of issues in the current snapshot."},"epoch":{"$ref":"#/$defs/Epoch"}},"examples":[{"status":"ok","current_sequence":7,"published_at":"2026-03-21T20:00:07.250Z","issue_count":2,"epoch":"3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90"}]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.current_sequence === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "current_sequence"},message:"must have required property '"+"current_sequence"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.published_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published_at"},message:"must have required property '"+"published_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.issue_count === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issue_count"},message:"must have required property '"+"issue_count"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("ok" !== data0){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.current_sequence !== undefined){
let data1 = data.current_sequence;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.published_at !== undefined){
let data2 = data.published_at;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err10 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.issue_count !== undefined){
let data3 = data.issue_count;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.epoch !== undefined){
let data4 = data.epoch;
if(typeof data4 === "string"){
if(func1(data4) > 128){
const err16 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func1(data4) < 1){
const err17 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"status":true,"current_sequence":true,"published_at":true,"issue_count":true,"epoch":true},"dynamicProps":false,"dynamicItems":false};

exports.IssueRuntimeState = validate48;

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "idle") || (data === "running")) || (data === "retry_queued")) || (data === "releasing")) || (data === "completed")) || (data === "failed"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.IssueSnapshot = validate49;

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tracker_state === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tracker_state"},message:"must have required property '"+"tracker_state"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.runtime_state === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runtime_state"},message:"must have required property '"+"runtime_state"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.last_outcome === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_outcome"},message:"must have required property '"+"last_outcome"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.last_event_at === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_event_at"},message:"must have required property '"+"last_event_at"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.conversation_id_suffix === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conversation_id_suffix"},message:"must have required property '"+"conversation_id_suffix"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.workspace_path_suffix === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workspace_path_suffix"},message:"must have required property '"+"workspace_path_suffix"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.retry_count === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry_count"},message:"must have required property '"+"retry_count"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.blocked === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blocked"},message:"must have required property '"+"blocked"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.identifier !== undefined){
if(typeof data.identifier !== "string"){
const err10 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tracker_state !== undefined){
if(typeof data.tracker_state !== "string"){
const err12 = {instancePath:instancePath+"/tracker_state",schemaPath:"#/properties/tracker_state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.runtime_state !== undefined){
let data3 = data.runtime_state;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((data3 === "idle") || (data3 === "running")) || (data3 === "retry_queued")) || (data3 === "releasing")) || (data3 === "completed")) || (data3 === "failed"))){
const err14 = {instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.last_outcome !== undefined){
let data4 = data.last_outcome;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((((data4 === "unknown") || (data4 === "running")) || (data4 === "continued")) || (data4 === "completed")) || (data4 === "failed")) || (data4 === "canceled"))){
const err16 = {instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.last_event_at !== undefined){
let data5 = data.last_event_at;
if(typeof data5 === "string"){
if(!(formats2.validate(data5))){
const err17 = {instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.conversation_id_suffix !== undefined){
if(typeof data.conversation_id_suffix !== "string"){
const err19 = {instancePath:instancePath+"/conversation_id_suffix",schemaPath:"#/properties/conversation_id_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.workspace_path_suffix !== undefined){
if(typeof data.workspace_path_suffix !== "string"){
const err20 = {instancePath:instancePath+"/workspace_path_suffix",schemaPath:"#/properties/workspace_path_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.retry_count !== undefined){
let data8 = data.retry_count;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4294967295 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(formats0.validate(data8))){
const err24 = {instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.blocked !== undefined){
if(typeof data.blocked !== "boolean"){
const err25 = {instancePath:instancePath+"/blocked",schemaPath:"#/properties/blocked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.server_base_url !== undefined){
if(typeof data.server_base_url !== "string"){
const err26 = {instancePath:instancePath+"/server_base_url",schemaPath:"#/properties/server_base_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.transport_target !== undefined){
if(typeof data.transport_target !== "string"){
const err27 = {instancePath:instancePath+"/transport_target",schemaPath:"#/properties/transport_target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.http_auth_mode !== undefined){
if(typeof data.http_auth_mode !== "string"){
const err28 = {instancePath:instancePath+"/http_auth_mode",schemaPath:"#/properties/http_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.websocket_auth_mode !== undefined){
if(typeof data.websocket_auth_mode !== "string"){
const err29 = {instancePath:instancePath+"/websocket_auth_mode",schemaPath:"#/properties/websocket_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.websocket_query_param_name !== undefined){
if(typeof data.websocket_query_param_name !== "string"){
const err30 = {instancePath:instancePath+"/websocket_query_param_name",schemaPath:"#/properties/websocket_query_param_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.recent_events !== undefined){
let data15 = data.recent_events;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data15[i0], {instancePath:instancePath+"/recent_events/" + i0,parentData:data15,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/recent_events",schemaPath:"#/properties/recent_events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.modified_files !== undefined){
let data17 = data.modified_files;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(!(validate31(data17[i1], {instancePath:instancePath+"/modified_files/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/modified_files",schemaPath:"#/properties/modified_files/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.input_tokens !== undefined){
let data19 = data.input_tokens;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err33 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 9007199254740991 || isNaN(data19)){
const err34 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err35 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(formats0.validate(data19))){
const err36 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data.output_tokens !== undefined){
let data20 = data.output_tokens;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err37 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 9007199254740991 || isNaN(data20)){
const err38 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err39 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(formats0.validate(data20))){
const err40 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.cache_read_tokens !== undefined){
let data21 = data.cache_read_tokens;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err41 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
const err42 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err43 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(formats0.validate(data21))){
const err44 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data.url !== undefined){
let data22 = data.url;
if(typeof data22 === "string"){
if(!(formats36(data22))){
const err45 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"identifier":true,"title":true,"tracker_state":true,"runtime_state":true,"last_outcome":true,"last_event_at":true,"conversation_id_suffix":true,"workspace_path_suffix":true,"retry_count":true,"blocked":true,"server_base_url":true,"transport_target":true,"http_auth_mode":true,"websocket_auth_mode":true,"websocket_query_param_name":true,"recent_events":true,"modified_files":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"url":true},"dynamicProps":false,"dynamicItems":false};

exports.MemoryServerStatus = validate52;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reachable === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reachable"},message:"must have required property '"+"reachable"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status_line === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status_line"},message:"must have required property '"+"status_line"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err3 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reachable !== undefined){
if(typeof data.reachable !== "boolean"){
const err4 = {instancePath:instancePath+"/reachable",schemaPath:"#/properties/reachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.endpoint !== undefined){
if(typeof data.endpoint !== "string"){
const err5 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status_line !== undefined){
if(typeof data.status_line !== "string"){
const err6 = {instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"enabled":true,"reachable":true,"endpoint":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

exports.MetricsHistory = validate53;
const schema98 = {"title":"MetricsHistory","description":"The metrics of the most recent publishes of one store, oldest first: at most\n`max_points` of them, none published more than `max_age_seconds` before the\nnewest. The current envelope is always the last point. Kept in memory: a\nrestarted control plane starts a new history (and a new epoch).\n","type":"object","required":["epoch","max_points","max_age_seconds","points"],"properties":{"epoch":{"$ref":"#/$defs/Epoch","description":"The epoch of the store whose publishes these are."},"max_points":{"$ref":"#/$defs/U32","description":"The most points the server keeps."},"max_age_seconds":{"$ref":"#/$defs/U32","description":"How far back, from the newest point, the server keeps points."},"points":{"description":"One point per publish, in sequence order.","type":"array","items":{"$ref":"#/$defs/MetricsPoint"}}},"examples":[{"epoch":"3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90","max_points":1000,"max_age_seconds":86400,"points":[{"published_at":"2026-03-21T20:00:07.250Z","sequence":7,"generated_at":"2026-03-21T20:00:07Z","metrics":{"running_issues":1,"retry_queue_depth":0,"input_tokens":2048,"output_tokens":2048,"cache_read_tokens":512,"total_tokens":4096,"total_cost_micros":120000}}]}]};
const schema102 = {"title":"MetricsPoint","description":"The metrics of one published snapshot, with where and when it was published.","type":"object","required":["published_at","sequence","generated_at","metrics"],"properties":{"published_at":{"$ref":"#/$defs/Timestamp","description":"When the control plane published the snapshot."},"sequence":{"description":"The envelope's sequence (at most 2^53 - 1, see `U64`).","type":"integer","format":"int64","minimum":1,"maximum":9007199254740991},"generated_at":{"$ref":"#/$defs/Timestamp","description":"When the daemon produced the snapshot (its own clock)."},"metrics":{"$ref":"#/$defs/MetricsSnapshot"}},"examples":[{"published_at":"2026-03-21T20:00:07.250Z","sequence":7,"generated_at":"2026-03-21T20:00:07Z","metrics":{"running_issues":1,"retry_queue_depth":0,"input_tokens":2048,"output_tokens":2048,"cache_read_tokens":512,"total_tokens":4096,"total_cost_micros":120000}}]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.published_at === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published_at"},message:"must have required property '"+"published_at"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sequence === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.generated_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metrics === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.published_at !== undefined){
let data0 = data.published_at;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err4 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sequence !== undefined){
let data1 = data.sequence;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.generated_at !== undefined){
let data2 = data.generated_at;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err10 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metrics !== undefined){
if(!(validate27(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"published_at":true,"sequence":true,"generated_at":true,"metrics":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.epoch === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "epoch"},message:"must have required property '"+"epoch"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.max_points === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max_points"},message:"must have required property '"+"max_points"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.max_age_seconds === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max_age_seconds"},message:"must have required property '"+"max_age_seconds"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.points === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.epoch !== undefined){
let data0 = data.epoch;
if(typeof data0 === "string"){
if(func1(data0) > 128){
const err4 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data0) < 1){
const err5 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.max_points !== undefined){
let data1 = data.max_points;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data1))){
const err10 = {instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.max_age_seconds !== undefined){
let data2 = data.max_age_seconds;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data2))){
const err14 = {instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.points !== undefined){
let data3 = data.points;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data3[i0], {instancePath:instancePath+"/points/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"epoch":true,"max_points":true,"max_age_seconds":true,"points":true},"dynamicProps":false,"dynamicItems":false};

exports.MetricsPoint = validate57;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.published_at === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published_at"},message:"must have required property '"+"published_at"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sequence === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.generated_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.metrics === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.published_at !== undefined){
let data0 = data.published_at;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err4 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sequence !== undefined){
let data1 = data.sequence;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.generated_at !== undefined){
let data2 = data.generated_at;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err10 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metrics !== undefined){
if(!(validate27(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"published_at":true,"sequence":true,"generated_at":true,"metrics":true},"dynamicProps":false,"dynamicItems":false};

exports.MetricsSnapshot = validate59;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.running_issues === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "running_issues"},message:"must have required property '"+"running_issues"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.retry_queue_depth === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry_queue_depth"},message:"must have required property '"+"retry_queue_depth"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.input_tokens === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "input_tokens"},message:"must have required property '"+"input_tokens"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.output_tokens === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "output_tokens"},message:"must have required property '"+"output_tokens"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.cache_read_tokens === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cache_read_tokens"},message:"must have required property '"+"cache_read_tokens"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.total_tokens === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_tokens"},message:"must have required property '"+"total_tokens"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.total_cost_micros === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_cost_micros"},message:"must have required property '"+"total_cost_micros"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.running_issues !== undefined){
let data0 = data.running_issues;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err7 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data0))){
const err10 = {instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.retry_queue_depth !== undefined){
let data1 = data.retry_queue_depth;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err11 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data1))){
const err14 = {instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.input_tokens !== undefined){
let data2 = data.input_tokens;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err15 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats0.validate(data2))){
const err18 = {instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.output_tokens !== undefined){
let data3 = data.output_tokens;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err19 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(formats0.validate(data3))){
const err22 = {instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.cache_read_tokens !== undefined){
let data4 = data.cache_read_tokens;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err23 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err24 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err25 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(formats0.validate(data4))){
const err26 = {instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.total_tokens !== undefined){
let data5 = data.total_tokens;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err27 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err28 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err29 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0.validate(data5))){
const err30 = {instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.total_cost_micros !== undefined){
let data6 = data.total_cost_micros;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err31 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err32 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err33 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats0.validate(data6))){
const err34 = {instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"running_issues":true,"retry_queue_depth":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"total_tokens":true,"total_cost_micros":true},"dynamicProps":false,"dynamicItems":false};

exports.ReadinessResponse = validate60;
const schema116 = {"title":"ReadinessResponse","description":"The control plane can serve reads and accept publishes now. While it cannot\n(shutting down, or its shared store unreachable) `/readyz` answers 503 with the\n`Error` envelope instead (`not_ready`).\n","type":"object","required":["status"],"properties":{"status":{"description":"Always `ready` when the control plane is ready.","type":"string","const":"ready"}},"examples":[{"status":"ready"}]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("ready" !== data0){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ready"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"status":true},"dynamicProps":false,"dynamicItems":false};

exports.RecentEvent = validate61;

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.happened_at === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "happened_at"},message:"must have required property '"+"happened_at"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.issue_identifier === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issue_identifier"},message:"must have required property '"+"issue_identifier"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.summary === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.happened_at !== undefined){
let data0 = data.happened_at;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err4 = {instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.issue_identifier !== undefined){
let data1 = data.issue_identifier;
if((typeof data1 !== "string") && (data1 !== null)){
const err6 = {instancePath:instancePath+"/issue_identifier",schemaPath:"#/properties/issue_identifier/type",keyword:"type",params:{type: schema62.properties.issue_identifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((((data2 === "worker_started") || (data2 === "workspace_prepared")) || (data2 === "stream_attached")) || (data2 === "snapshot_published")) || (data2 === "worker_completed")) || (data2 === "retry_scheduled")) || (data2 === "client_attached")) || (data2 === "client_detached")) || (data2 === "warning"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"happened_at":true,"issue_identifier":true,"kind":true,"summary":true},"dynamicProps":false,"dynamicItems":false};

exports.RecentEventKind = validate62;

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((data === "worker_started") || (data === "workspace_prepared")) || (data === "stream_attached")) || (data === "snapshot_published")) || (data === "worker_completed")) || (data === "retry_scheduled")) || (data === "client_attached")) || (data === "client_detached")) || (data === "warning"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.SnapshotEnvelope = validate63;
const schema121 = {"title":"SnapshotEnvelope","description":"One published state of the daemon: the full snapshot with the store's sequence\nnumber and publication time. Every envelope carries full state, never a delta.\n","type":"object","required":["sequence","published_at","snapshot"],"properties":{"sequence":{"description":"Publication counter of the store: 1 for the initial snapshot, then one\nmore per publish. Strictly increasing within an epoch. At most 2^53 - 1,\nlike every `u64` of this contract (see `U64`).\n","type":"integer","format":"int64","minimum":1,"maximum":9007199254740991},"published_at":{"$ref":"#/$defs/Timestamp","description":"When the store accepted this snapshot."},"snapshot":{"$ref":"#/$defs/DaemonSnapshot"},"epoch":{"$ref":"#/$defs/Epoch"}},"examples":[{"sequence":7,"published_at":"2026-03-21T20:00:07.250Z","epoch":"3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90","snapshot":{"generated_at":"2026-03-21T20:00:07Z","daemon":{"state":"ready","last_poll_at":"2026-03-21T20:00:05Z","workspace_root":"/srv/opensymphony/workspaces","status_line":"polling every 30s"},"agent_server":{"reachable":true,"base_url":"http://127.0.0.1:3000","conversation_count":2,"status_line":"healthy"},"memory_server":{"enabled":true,"reachable":true,"endpoint":"http://127.0.0.1:3100","status_line":"connected"},"metrics":{"running_issues":1,"retry_queue_depth":1,"input_tokens":48211,"output_tokens":9120,"cache_read_tokens":30114,"total_tokens":87445,"total_cost_micros":412300},"issues":[{"identifier":"COE-255","title":"Observability and FrankenTUI","tracker_state":"In Progress","runtime_state":"running","last_outcome":"running","last_event_at":"2026-03-21T20:00:06.5Z","conversation_id_suffix":"c0e255","workspace_path_suffix":"COE-255","retry_count":0,"blocked":false,"server_base_url":"http://127.0.0.1:3000","transport_target":"loopback","http_auth_mode":"none","websocket_auth_mode":"none","recent_events":[{"event_id":"evt-0192","happened_at":"2026-03-21T20:00:06.5Z","kind":"tool_call","summary":"ran cargo test -p opensymphony"}],"modified_files":[{"path":"src/control.rs","change_kind":"modified","lines_added":42,"lines_removed":7}],"input_tokens":30211,"output_tokens":6120,"cache_read_tokens":20114},{"identifier":"COE-260","title":"Retry failed webhook deliveries","tracker_state":"Todo","runtime_state":"retry_queued","last_outcome":"failed","last_event_at":"2026-03-21T19:58:41Z","conversation_id_suffix":"9a41f0","workspace_path_suffix":"COE-260","retry_count":2,"blocked":false}],"recent_events":[{"happened_at":"2026-03-21T20:00:06.5Z","issue_identifier":"COE-255","kind":"stream_attached","summary":"attached to conversation c0e255"},{"happened_at":"2026-03-21T19:58:41Z","issue_identifier":"COE-260","kind":"retry_scheduled","summary":"retry 2 scheduled in 60s"},{"happened_at":"2026-03-21T19:58:00Z","issue_identifier":null,"kind":"client_attached","summary":"operator dashboard attached"}]}}]};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sequence === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequence"},message:"must have required property '"+"sequence"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.published_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published_at"},message:"must have required property '"+"published_at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.snapshot === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshot"},message:"must have required property '"+"snapshot"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sequence !== undefined){
let data0 = data.sequence;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0.validate(data0))){
const err6 = {instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.published_at !== undefined){
let data1 = data.published_at;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err7 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.snapshot !== undefined){
if(!(validate23(data.snapshot, {instancePath:instancePath+"/snapshot",parentData:data,parentDataProperty:"snapshot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.epoch !== undefined){
let data3 = data.epoch;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err9 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"sequence":true,"published_at":true,"snapshot":true,"epoch":true},"dynamicProps":false,"dynamicItems":false};

exports.Timestamp = validate65;

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats2.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.U32 = validate66;

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 4294967295 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats0.validate(data))){
const err3 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.U64 = validate67;

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats0.validate(data))){
const err3 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.WorkerOutcome = validate68;

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "unknown") || (data === "running")) || (data === "continued")) || (data === "completed")) || (data === "failed")) || (data === "canceled"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":false,"dynamicItems":false};


exports.fast = (function () {
const exports = {};
const PLAIN_UTC_INSTANT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?[Zz]$/;
const fullFormats = require("ajv-formats/dist/formats").fullFormats;
const fastFormats = {
  ...fullFormats,
  "date-time": { ...fullFormats["date-time"], validate: (value) => PLAIN_UTC_INSTANT.test(value) || fullFormats["date-time"].validate(value) },
};
"use strict";
exports.AgentServerStatus = validate21;
const schema32 = {"title":"AgentServerStatus","description":"The coding-agent server the daemon drives conversations on.","type":"object","required":["reachable","base_url","conversation_count","status_line"],"properties":{"reachable":{"description":"Whether the daemon's last contact with the agent server succeeded.","type":"boolean"},"base_url":{"description":"Base URL of the agent server.","type":"string"},"conversation_count":{"$ref":"#/$defs/U32","description":"Conversations currently open on the agent server."},"status_line":{"description":"One human-readable line about the agent server's condition.","type":"string"}},"examples":[{"reachable":true,"base_url":"http://127.0.0.1:3000","conversation_count":2,"status_line":"healthy"}]};
const schema33 = {"title":"U32","description":"An unsigned 32-bit count, in [0, 4294967295]. Its format is `int64` because\na signed 32-bit integer (`int32`) cannot hold the values above 2147483647.\n","type":"integer","format":"int64","minimum":0,"maximum":4294967295};
const formats0 = fastFormats.int64;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.reachable === undefined) && (missing0 = "reachable")) || ((data.base_url === undefined) && (missing0 = "base_url"))) || ((data.conversation_count === undefined) && (missing0 = "conversation_count"))) || ((data.status_line === undefined) && (missing0 = "status_line"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reachable !== undefined){
const _errs1 = errors;
if(typeof data.reachable !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/reachable",schemaPath:"#/properties/reachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base_url !== undefined){
const _errs3 = errors;
if(typeof data.base_url !== "string"){
validate21.errors = [{instancePath:instancePath+"/base_url",schemaPath:"#/properties/base_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversation_count !== undefined){
let data2 = data.conversation_count;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate21.errors = [{instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data2))){
validate21.errors = [{instancePath:instancePath+"/conversation_count",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status_line !== undefined){
const _errs8 = errors;
if(typeof data.status_line !== "string"){
validate21.errors = [{instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"reachable":true,"base_url":true,"conversation_count":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

exports.ConversationEvent = validate22;
const schema34 = {"title":"ConversationEvent","description":"One event of an issue's agent conversation.","type":"object","required":["event_id","happened_at","kind","summary"],"properties":{"event_id":{"description":"The agent server's id of the event.","type":"string"},"happened_at":{"$ref":"#/$defs/Timestamp"},"kind":{"description":"The agent server's kind of event (free-form, for example `tool_call` or `message`).","type":"string"},"summary":{"description":"One human-readable line about the event.","type":"string"}},"examples":[{"event_id":"evt-0192","happened_at":"2026-03-21T20:00:06.5Z","kind":"tool_call","summary":"ran cargo test -p opensymphony"}]};
const schema35 = {"title":"Timestamp","description":"An RFC 3339 instant in UTC, for example `2026-03-21T20:00:07.123456789Z`.","type":"string","format":"date-time","examples":["2026-03-21T20:00:00Z","2026-03-21T20:00:07.123456789Z"]};
const formats2 = fastFormats["date-time"];

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.event_id === undefined) && (missing0 = "event_id")) || ((data.happened_at === undefined) && (missing0 = "happened_at"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event_id !== undefined){
const _errs1 = errors;
if(typeof data.event_id !== "string"){
validate22.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.happened_at !== undefined){
let data1 = data.happened_at;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
validate22.errors = [{instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
const _errs6 = errors;
if(typeof data.kind !== "string"){
validate22.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs8 = errors;
if(typeof data.summary !== "string"){
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"event_id":true,"happened_at":true,"kind":true,"summary":true},"dynamicProps":false,"dynamicItems":false};

exports.DaemonSnapshot = validate23;
const schema36 = {"title":"DaemonSnapshot","description":"Everything an operator sees of the orchestrator at one instant: the daemon,\nthe agent server, the memory server, aggregate metrics, every tracked issue\nand the most recent daemon events. Published by the daemon (the only writer).\n","type":"object","required":["generated_at","daemon","agent_server","metrics","issues","recent_events"],"properties":{"generated_at":{"$ref":"#/$defs/Timestamp","description":"When the daemon assembled this snapshot."},"daemon":{"$ref":"#/$defs/DaemonStatus"},"agent_server":{"$ref":"#/$defs/AgentServerStatus"},"memory_server":{"$ref":"#/$defs/MemoryServerStatus","description":"The memory server's status. Older producers omit it; readers then use the\ndefault `{\"enabled\": false, \"reachable\": false, \"status_line\": \"disabled\"}`.\n","default":{"enabled":false,"reachable":false,"status_line":"disabled"}},"metrics":{"$ref":"#/$defs/MetricsSnapshot"},"issues":{"description":"Every issue the daemon tracks, in the daemon's order.","type":"array","items":{"$ref":"#/$defs/IssueSnapshot"}},"recent_events":{"description":"The daemon's most recent events, newest first.","type":"array","items":{"$ref":"#/$defs/RecentEvent"}}},"examples":[{"generated_at":"2026-03-21T20:00:00Z","daemon":{"state":"starting","last_poll_at":"2026-03-21T20:00:00Z","workspace_root":"/tmp/opensymphony","status_line":"starting up"},"agent_server":{"reachable":false,"base_url":"http://127.0.0.1:3000","conversation_count":0,"status_line":"connecting"},"metrics":{"running_issues":0,"retry_queue_depth":0,"input_tokens":0,"output_tokens":0,"cache_read_tokens":0,"total_tokens":0,"total_cost_micros":0},"issues":[],"recent_events":[]}]};
const schema41 = {"title":"MemoryServerStatus","description":"The optional memory server that agents share context through.","type":"object","required":["enabled","reachable","status_line"],"properties":{"enabled":{"description":"Whether the daemon is configured to use a memory server.","type":"boolean"},"reachable":{"description":"Whether the daemon's last contact with the memory server succeeded.","type":"boolean"},"endpoint":{"description":"Where the memory server listens; omitted when none is configured.","type":"string"},"status_line":{"description":"One human-readable line about the memory server's condition.","type":"string"}},"default":{"enabled":false,"reachable":false,"status_line":"disabled"},"examples":[{"enabled":false,"reachable":false,"status_line":"disabled"},{"enabled":true,"reachable":true,"endpoint":"http://127.0.0.1:3100","status_line":"connected"}]};
const schema38 = {"title":"DaemonStatus","description":"The orchestrator daemon itself.","type":"object","required":["state","last_poll_at","workspace_root","status_line"],"properties":{"state":{"$ref":"#/$defs/DaemonState"},"last_poll_at":{"$ref":"#/$defs/Timestamp","description":"When the daemon last polled the issue tracker."},"workspace_root":{"description":"Directory under which the daemon creates one workspace per issue.","type":"string"},"status_line":{"description":"One human-readable line about the daemon's condition.","type":"string"}},"examples":[{"state":"ready","last_poll_at":"2026-03-21T20:00:00Z","workspace_root":"/tmp/opensymphony","status_line":"ready"}]};
const schema39 = {"title":"DaemonState","description":"Lifecycle state of the orchestrator daemon: `starting` (booting, not yet\npolling), `ready` (polling the tracker and dispatching work), `degraded`\n(running with a failing dependency), `stopped` (shut down).\n","type":"string","enum":["starting","ready","degraded","stopped"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.state === undefined) && (missing0 = "state")) || ((data.last_poll_at === undefined) && (missing0 = "last_poll_at"))) || ((data.workspace_root === undefined) && (missing0 = "workspace_root"))) || ((data.status_line === undefined) && (missing0 = "status_line"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.state !== undefined){
let data0 = data.state;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data0 === "starting") || (data0 === "ready")) || (data0 === "degraded")) || (data0 === "stopped"))){
validate24.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_poll_at !== undefined){
let data1 = data.last_poll_at;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
validate24.errors = [{instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workspace_root !== undefined){
const _errs7 = errors;
if(typeof data.workspace_root !== "string"){
validate24.errors = [{instancePath:instancePath+"/workspace_root",schemaPath:"#/properties/workspace_root/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status_line !== undefined){
const _errs9 = errors;
if(typeof data.status_line !== "string"){
validate24.errors = [{instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"state":true,"last_poll_at":true,"workspace_root":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

const schema42 = {"title":"MetricsSnapshot","description":"Aggregate counters over every issue the daemon has run.","type":"object","required":["running_issues","retry_queue_depth","input_tokens","output_tokens","cache_read_tokens","total_tokens","total_cost_micros"],"properties":{"running_issues":{"$ref":"#/$defs/U32","description":"Issues with a worker running right now."},"retry_queue_depth":{"$ref":"#/$defs/U32","description":"Issues waiting in the retry queue."},"input_tokens":{"$ref":"#/$defs/U64","description":"Prompt tokens sent to the model, summed over all issues."},"output_tokens":{"$ref":"#/$defs/U64","description":"Completion tokens received from the model, summed over all issues."},"cache_read_tokens":{"$ref":"#/$defs/U64","description":"Prompt tokens served from the model's cache, summed over all issues."},"total_tokens":{"$ref":"#/$defs/U64","description":"All tokens accounted to the daemon."},"total_cost_micros":{"$ref":"#/$defs/U64","description":"Model spend in millionths of a US dollar."}},"examples":[{"running_issues":1,"retry_queue_depth":0,"input_tokens":2048,"output_tokens":2048,"cache_read_tokens":512,"total_tokens":4096,"total_cost_micros":120000}]};
const schema45 = {"title":"U64","description":"An unsigned 64-bit count, limited to [0, 9007199254740991]. The maximum is\n2^53 - 1 because the control plane, like every JSON reader with IEEE-754\ndoubles, cannot carry a larger integer exactly, so it rejects one rather than\nround it. Clients in languages with 64-bit integers may accept larger values\n(the generated Go, Java and Python clients do: the Rust reference's counters\nare full `u64`).\n","type":"integer","format":"int64","minimum":0,"maximum":9007199254740991};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.running_issues === undefined) && (missing0 = "running_issues")) || ((data.retry_queue_depth === undefined) && (missing0 = "retry_queue_depth"))) || ((data.input_tokens === undefined) && (missing0 = "input_tokens"))) || ((data.output_tokens === undefined) && (missing0 = "output_tokens"))) || ((data.cache_read_tokens === undefined) && (missing0 = "cache_read_tokens"))) || ((data.total_tokens === undefined) && (missing0 = "total_tokens"))) || ((data.total_cost_micros === undefined) && (missing0 = "total_cost_micros"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.running_issues !== undefined){
let data0 = data.running_issues;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate27.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data0 < 0 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data0))){
validate27.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry_queue_depth !== undefined){
let data1 = data.retry_queue_depth;
const _errs4 = errors;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate27.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
validate27.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate27.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate27.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_tokens !== undefined){
let data2 = data.input_tokens;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate27.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate27.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate27.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data2))){
validate27.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_tokens !== undefined){
let data3 = data.output_tokens;
const _errs10 = errors;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate27.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
validate27.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate27.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data3))){
validate27.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_read_tokens !== undefined){
let data4 = data.cache_read_tokens;
const _errs13 = errors;
const _errs14 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate27.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate27.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate27.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data4))){
validate27.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total_tokens !== undefined){
let data5 = data.total_tokens;
const _errs16 = errors;
const _errs17 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate27.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
validate27.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate27.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data5))){
validate27.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total_cost_micros !== undefined){
let data6 = data.total_cost_micros;
const _errs19 = errors;
const _errs20 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate27.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
validate27.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate27.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data6))){
validate27.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"running_issues":true,"retry_queue_depth":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"total_tokens":true,"total_cost_micros":true},"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"IssueSnapshot","description":"One tracked issue and the worker the daemon runs for it.","type":"object","required":["identifier","title","tracker_state","runtime_state","last_outcome","last_event_at","conversation_id_suffix","workspace_path_suffix","retry_count","blocked"],"properties":{"identifier":{"description":"The issue's key in the tracker, for example `COE-255`.","type":"string"},"title":{"description":"The issue's title in the tracker.","type":"string"},"tracker_state":{"description":"The issue's state name in the tracker, as the tracker spells it.","type":"string"},"runtime_state":{"$ref":"#/$defs/IssueRuntimeState"},"last_outcome":{"$ref":"#/$defs/WorkerOutcome"},"last_event_at":{"$ref":"#/$defs/Timestamp","description":"When anything last happened on this issue."},"conversation_id_suffix":{"description":"The tail of the agent conversation's id, enough to find it.","type":"string"},"workspace_path_suffix":{"description":"The issue's workspace directory, relative to the daemon's workspace root.","type":"string"},"retry_count":{"$ref":"#/$defs/U32","description":"Retries scheduled for this issue so far."},"blocked":{"description":"Whether the issue waits on something outside the daemon.","type":"boolean"},"server_base_url":{"description":"Agent server the issue's conversation runs on; omitted when unknown.","type":"string"},"transport_target":{"description":"How the daemon reaches that server (for example `loopback`); omitted when unknown.","type":"string"},"http_auth_mode":{"description":"Authentication used on the agent server's HTTP API; omitted when unknown.","type":"string"},"websocket_auth_mode":{"description":"Authentication used on the agent server's websocket; omitted when unknown.","type":"string"},"websocket_query_param_name":{"description":"Query parameter carrying the websocket credential, if that mode is used; omitted otherwise.","type":"string"},"recent_events":{"description":"Recent events of the issue's agent conversation; omitted when empty, read as empty when absent.","type":"array","items":{"$ref":"#/$defs/ConversationEvent"},"default":[],"x-omit-empty":true},"modified_files":{"description":"Files the worker changed in the issue's workspace; omitted when empty, read as empty when absent.","type":"array","items":{"$ref":"#/$defs/FileChange"},"default":[],"x-omit-empty":true},"input_tokens":{"$ref":"#/$defs/U64","description":"Prompt tokens spent on this issue; read as 0 when absent.","default":0},"output_tokens":{"$ref":"#/$defs/U64","description":"Completion tokens spent on this issue; read as 0 when absent.","default":0},"cache_read_tokens":{"$ref":"#/$defs/U64","description":"Cached prompt tokens spent on this issue; read as 0 when absent.","default":0},"url":{"description":"The issue's page in the tracker, for people to open; omitted when the\nproducer does not know it. The Rust reference does not send it.\n","type":"string","format":"uri"}},"examples":[{"identifier":"COE-255","title":"Observability and FrankenTUI","tracker_state":"In Progress","runtime_state":"running","last_outcome":"running","last_event_at":"2026-03-21T20:00:00Z","conversation_id_suffix":"c0e255","workspace_path_suffix":"COE-255","retry_count":0,"blocked":false,"server_base_url":"http://127.0.0.1:3000","transport_target":"loopback","http_auth_mode":"none","websocket_auth_mode":"none","input_tokens":1024,"output_tokens":512,"cache_read_tokens":256}]};
const schema51 = {"title":"IssueRuntimeState","description":"Where the daemon is with an issue: `idle` (tracked, no worker), `running`\n(a worker is on it), `retry_queued` (waiting for a retry after a failure or a\ncontinuation), `releasing` (the worker is being torn down), `completed`\n(done), `failed` (gave up).\n","type":"string","enum":["idle","running","retry_queued","releasing","completed","failed"]};
const schema52 = {"title":"WorkerOutcome","description":"How the last worker run on an issue ended: `unknown` (no run yet or not\nrecorded), `running` (still running), `continued` (stopped with more to do),\n`completed`, `failed`, `canceled`.\n","type":"string","enum":["unknown","running","continued","completed","failed","canceled"]};
const formats36 = fastFormats.uri;
const schema55 = {"title":"FileChange","description":"One file the worker changed in the issue's workspace.","type":"object","required":["path","change_kind","lines_added","lines_removed"],"properties":{"path":{"description":"Path relative to the issue's workspace.","type":"string"},"change_kind":{"$ref":"#/$defs/FileChangeKind"},"lines_added":{"$ref":"#/$defs/U32"},"lines_removed":{"$ref":"#/$defs/U32"}},"examples":[{"path":"src/control.rs","change_kind":"modified","lines_added":42,"lines_removed":7}]};
const schema56 = {"title":"FileChangeKind","description":"What happened to a file in the issue's workspace.","type":"string","enum":["created","modified","removed"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.path === undefined) && (missing0 = "path")) || ((data.change_kind === undefined) && (missing0 = "change_kind"))) || ((data.lines_added === undefined) && (missing0 = "lines_added"))) || ((data.lines_removed === undefined) && (missing0 = "lines_removed"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.path !== undefined){
const _errs1 = errors;
if(typeof data.path !== "string"){
validate31.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.change_kind !== undefined){
let data1 = data.change_kind;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate31.errors = [{instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "created") || (data1 === "modified")) || (data1 === "removed"))){
validate31.errors = [{instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lines_added !== undefined){
let data2 = data.lines_added;
const _errs6 = errors;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate31.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
validate31.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate31.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data2))){
validate31.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lines_removed !== undefined){
let data3 = data.lines_removed;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate31.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
validate31.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate31.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data3))){
validate31.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"path":true,"change_kind":true,"lines_added":true,"lines_removed":true},"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.identifier === undefined) && (missing0 = "identifier")) || ((data.title === undefined) && (missing0 = "title"))) || ((data.tracker_state === undefined) && (missing0 = "tracker_state"))) || ((data.runtime_state === undefined) && (missing0 = "runtime_state"))) || ((data.last_outcome === undefined) && (missing0 = "last_outcome"))) || ((data.last_event_at === undefined) && (missing0 = "last_event_at"))) || ((data.conversation_id_suffix === undefined) && (missing0 = "conversation_id_suffix"))) || ((data.workspace_path_suffix === undefined) && (missing0 = "workspace_path_suffix"))) || ((data.retry_count === undefined) && (missing0 = "retry_count"))) || ((data.blocked === undefined) && (missing0 = "blocked"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.identifier !== undefined){
const _errs1 = errors;
if(typeof data.identifier !== "string"){
validate29.errors = [{instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs3 = errors;
if(typeof data.title !== "string"){
validate29.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tracker_state !== undefined){
const _errs5 = errors;
if(typeof data.tracker_state !== "string"){
validate29.errors = [{instancePath:instancePath+"/tracker_state",schemaPath:"#/properties/tracker_state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.runtime_state !== undefined){
let data3 = data.runtime_state;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate29.errors = [{instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data3 === "idle") || (data3 === "running")) || (data3 === "retry_queued")) || (data3 === "releasing")) || (data3 === "completed")) || (data3 === "failed"))){
validate29.errors = [{instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_outcome !== undefined){
let data4 = data.last_outcome;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate29.errors = [{instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data4 === "unknown") || (data4 === "running")) || (data4 === "continued")) || (data4 === "completed")) || (data4 === "failed")) || (data4 === "canceled"))){
validate29.errors = [{instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_event_at !== undefined){
let data5 = data.last_event_at;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(formats2.validate(data5))){
validate29.errors = [{instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversation_id_suffix !== undefined){
const _errs16 = errors;
if(typeof data.conversation_id_suffix !== "string"){
validate29.errors = [{instancePath:instancePath+"/conversation_id_suffix",schemaPath:"#/properties/conversation_id_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workspace_path_suffix !== undefined){
const _errs18 = errors;
if(typeof data.workspace_path_suffix !== "string"){
validate29.errors = [{instancePath:instancePath+"/workspace_path_suffix",schemaPath:"#/properties/workspace_path_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry_count !== undefined){
let data8 = data.retry_count;
const _errs20 = errors;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate29.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4294967295 || isNaN(data8)){
validate29.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate29.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data8))){
validate29.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blocked !== undefined){
const _errs23 = errors;
if(typeof data.blocked !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/blocked",schemaPath:"#/properties/blocked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server_base_url !== undefined){
const _errs25 = errors;
if(typeof data.server_base_url !== "string"){
validate29.errors = [{instancePath:instancePath+"/server_base_url",schemaPath:"#/properties/server_base_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transport_target !== undefined){
const _errs27 = errors;
if(typeof data.transport_target !== "string"){
validate29.errors = [{instancePath:instancePath+"/transport_target",schemaPath:"#/properties/transport_target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.http_auth_mode !== undefined){
const _errs29 = errors;
if(typeof data.http_auth_mode !== "string"){
validate29.errors = [{instancePath:instancePath+"/http_auth_mode",schemaPath:"#/properties/http_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.websocket_auth_mode !== undefined){
const _errs31 = errors;
if(typeof data.websocket_auth_mode !== "string"){
validate29.errors = [{instancePath:instancePath+"/websocket_auth_mode",schemaPath:"#/properties/websocket_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.websocket_query_param_name !== undefined){
const _errs33 = errors;
if(typeof data.websocket_query_param_name !== "string"){
validate29.errors = [{instancePath:instancePath+"/websocket_query_param_name",schemaPath:"#/properties/websocket_query_param_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recent_events !== undefined){
let data15 = data.recent_events;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data15)){
var valid5 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
const _errs37 = errors;
if(!(validate22(data15[i0], {instancePath:instancePath+"/recent_events/" + i0,parentData:data15,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid5 = _errs37 === errors;
if(!valid5){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/recent_events",schemaPath:"#/properties/recent_events/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modified_files !== undefined){
let data17 = data.modified_files;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data17)){
var valid6 = true;
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
const _errs40 = errors;
if(!(validate31(data17[i1], {instancePath:instancePath+"/modified_files/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid6 = _errs40 === errors;
if(!valid6){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/modified_files",schemaPath:"#/properties/modified_files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_tokens !== undefined){
let data19 = data.input_tokens;
const _errs41 = errors;
const _errs42 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate29.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs42){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 9007199254740991 || isNaN(data19)){
validate29.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data19 < 0 || isNaN(data19)){
validate29.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data19))){
validate29.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_tokens !== undefined){
let data20 = data.output_tokens;
const _errs44 = errors;
const _errs45 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate29.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 9007199254740991 || isNaN(data20)){
validate29.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data20 < 0 || isNaN(data20)){
validate29.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data20))){
validate29.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_read_tokens !== undefined){
let data21 = data.cache_read_tokens;
const _errs47 = errors;
const _errs48 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate29.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs48){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
validate29.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate29.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data21))){
validate29.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data22 = data.url;
const _errs50 = errors;
if(errors === _errs50){
if(errors === _errs50){
if(typeof data22 === "string"){
if(!(formats36(data22))){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"identifier":true,"title":true,"tracker_state":true,"runtime_state":true,"last_outcome":true,"last_event_at":true,"conversation_id_suffix":true,"workspace_path_suffix":true,"retry_count":true,"blocked":true,"server_base_url":true,"transport_target":true,"http_auth_mode":true,"websocket_auth_mode":true,"websocket_query_param_name":true,"recent_events":true,"modified_files":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"url":true},"dynamicProps":false,"dynamicItems":false};

const schema62 = {"title":"RecentEvent","description":"One event of the daemon's own log.","type":"object","required":["happened_at","issue_identifier","kind","summary"],"properties":{"happened_at":{"$ref":"#/$defs/Timestamp"},"issue_identifier":{"description":"The issue the event is about, or null for daemon-wide events.","type":["string","null"]},"kind":{"$ref":"#/$defs/RecentEventKind"},"summary":{"description":"One human-readable line about the event.","type":"string"}},"examples":[{"happened_at":"2026-03-21T20:00:00Z","issue_identifier":"COE-255","kind":"snapshot_published","summary":"published step 0"}]};
const schema64 = {"title":"RecentEventKind","description":"What the daemon did: `worker_started`, `workspace_prepared`,\n`stream_attached` (attached to an agent conversation's event stream),\n`snapshot_published`, `worker_completed`, `retry_scheduled`,\n`client_attached` / `client_detached` (an operator client came or went),\n`warning`.\n","type":"string","enum":["worker_started","workspace_prepared","stream_attached","snapshot_published","worker_completed","retry_scheduled","client_attached","client_detached","warning"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.happened_at === undefined) && (missing0 = "happened_at")) || ((data.issue_identifier === undefined) && (missing0 = "issue_identifier"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.happened_at !== undefined){
let data0 = data.happened_at;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
validate34.errors = [{instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issue_identifier !== undefined){
let data1 = data.issue_identifier;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate34.errors = [{instancePath:instancePath+"/issue_identifier",schemaPath:"#/properties/issue_identifier/type",keyword:"type",params:{type: schema62.properties.issue_identifier.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data2 = data.kind;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate34.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((data2 === "worker_started") || (data2 === "workspace_prepared")) || (data2 === "stream_attached")) || (data2 === "snapshot_published")) || (data2 === "worker_completed")) || (data2 === "retry_scheduled")) || (data2 === "client_attached")) || (data2 === "client_detached")) || (data2 === "warning"))){
validate34.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs9 = errors;
if(typeof data.summary !== "string"){
validate34.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"happened_at":true,"issue_identifier":true,"kind":true,"summary":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.generated_at === undefined) && (missing0 = "generated_at")) || ((data.daemon === undefined) && (missing0 = "daemon"))) || ((data.agent_server === undefined) && (missing0 = "agent_server"))) || ((data.metrics === undefined) && (missing0 = "metrics"))) || ((data.issues === undefined) && (missing0 = "issues"))) || ((data.recent_events === undefined) && (missing0 = "recent_events"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.generated_at !== undefined){
let data0 = data.generated_at;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
validate23.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.daemon !== undefined){
const _errs4 = errors;
if(!(validate24(data.daemon, {instancePath:instancePath+"/daemon",parentData:data,parentDataProperty:"daemon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.agent_server !== undefined){
const _errs5 = errors;
if(!(validate21(data.agent_server, {instancePath:instancePath+"/agent_server",parentData:data,parentDataProperty:"agent_server",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memory_server !== undefined){
let data3 = data.memory_server;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((((data3.enabled === undefined) && (missing1 = "enabled")) || ((data3.reachable === undefined) && (missing1 = "reachable"))) || ((data3.status_line === undefined) && (missing1 = "status_line"))){
validate23.errors = [{instancePath:instancePath+"/memory_server",schemaPath:"#/$defs/MemoryServerStatus/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.enabled !== undefined){
const _errs9 = errors;
if(typeof data3.enabled !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/memory_server/enabled",schemaPath:"#/$defs/MemoryServerStatus/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.reachable !== undefined){
const _errs11 = errors;
if(typeof data3.reachable !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/memory_server/reachable",schemaPath:"#/$defs/MemoryServerStatus/properties/reachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.endpoint !== undefined){
const _errs13 = errors;
if(typeof data3.endpoint !== "string"){
validate23.errors = [{instancePath:instancePath+"/memory_server/endpoint",schemaPath:"#/$defs/MemoryServerStatus/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.status_line !== undefined){
const _errs15 = errors;
if(typeof data3.status_line !== "string"){
validate23.errors = [{instancePath:instancePath+"/memory_server/status_line",schemaPath:"#/$defs/MemoryServerStatus/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/memory_server",schemaPath:"#/$defs/MemoryServerStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
const _errs17 = errors;
if(!(validate27(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issues !== undefined){
let data9 = data.issues;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data9)){
var valid4 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs20 = errors;
if(!(validate29(data9[i0], {instancePath:instancePath+"/issues/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid4 = _errs20 === errors;
if(!valid4){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/issues",schemaPath:"#/properties/issues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recent_events !== undefined){
let data11 = data.recent_events;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data11)){
var valid5 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
const _errs23 = errors;
if(!(validate34(data11[i1], {instancePath:instancePath+"/recent_events/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid5 = _errs23 === errors;
if(!valid5){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/recent_events",schemaPath:"#/properties/recent_events/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"generated_at":true,"daemon":true,"agent_server":true,"memory_server":true,"metrics":true,"issues":true,"recent_events":true},"dynamicProps":false,"dynamicItems":false};

exports.DaemonState = validate36;

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data === "starting") || (data === "ready")) || (data === "degraded")) || (data === "stopped"))){
validate36.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.DaemonStatus = validate37;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.state === undefined) && (missing0 = "state")) || ((data.last_poll_at === undefined) && (missing0 = "last_poll_at"))) || ((data.workspace_root === undefined) && (missing0 = "workspace_root"))) || ((data.status_line === undefined) && (missing0 = "status_line"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.state !== undefined){
let data0 = data.state;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate37.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data0 === "starting") || (data0 === "ready")) || (data0 === "degraded")) || (data0 === "stopped"))){
validate37.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/DaemonState/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_poll_at !== undefined){
let data1 = data.last_poll_at;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
validate37.errors = [{instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/last_poll_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workspace_root !== undefined){
const _errs7 = errors;
if(typeof data.workspace_root !== "string"){
validate37.errors = [{instancePath:instancePath+"/workspace_root",schemaPath:"#/properties/workspace_root/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status_line !== undefined){
const _errs9 = errors;
if(typeof data.status_line !== "string"){
validate37.errors = [{instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"state":true,"last_poll_at":true,"workspace_root":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

exports.Epoch = validate38;
const schema69 = {"title":"Epoch","description":"An opaque id the snapshot store picks when it starts. Sequences are only\ncomparable within one epoch: a different epoch with a lower sequence means\nthe daemon restarted, the same epoch with a lower sequence is a regression.\nOptional for readers: the Rust reference does not send it.\n","type":"string","minLength":1,"maxLength":128,"examples":["3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func1(data) > 128){
validate38.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data) < 1){
validate38.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.Error = validate39;
const schema70 = {"title":"Error","description":"The body of every non-2xx JSON response.","type":"object","required":["error"],"properties":{"error":{"$ref":"#/$defs/ErrorBody"}},"examples":[{"error":{"code":"invalid_snapshot","message":"the snapshot does not match the DaemonSnapshot schema","details":[{"path":"/metrics/total_tokens","message":"must be >= 0"}]}},{"error":{"code":"unauthorized","message":"a valid bearer token is required to publish"}}]};
const schema71 = {"title":"ErrorBody","description":"What went wrong.","type":"object","required":["code","message"],"properties":{"code":{"$ref":"#/$defs/ErrorCode"},"message":{"description":"A human-readable explanation, safe to show to an operator.","type":"string"},"details":{"description":"Individual violations, when the error has several.","type":"array","items":{"$ref":"#/$defs/ErrorDetail"}}},"examples":[{"code":"payload_too_large","message":"the request body exceeds 1048576 bytes"}]};
const schema72 = {"title":"ErrorCode","description":"Stable, machine-readable reason of an error response:\n- `invalid_json` (400): the request body is not JSON, is nested deeper than the\n  server allows (64 levels), or its `Content-Encoding` stream is broken;\n- `invalid_snapshot` (400): the body is JSON but not a valid `DaemonSnapshot`;\n  `details` lists each violation;\n- `unauthorized` (401): the bearer token is missing or wrong (the publish token\n  on a publish; the read token, or the publish token, on a read when the server\n  requires one);\n- `publishing_disabled` (403): no publish token is configured, so publishing\n  over HTTP is off;\n- `host_not_allowed` (403): the request's `Host` is not this server's (an IP\n  literal, `localhost`, or a name it was told to answer to): the defence against\n  DNS rebinding;\n- `origin_not_allowed` (403): a publish came from a browser page of another\n  origin;\n- `not_found` (404): no such route;\n- `method_not_allowed` (405): the route exists, the method does not; the\n  `Allow` header lists the methods that do;\n- `request_timeout` (408): the request body did not arrive in time; nothing\n  was published;\n- `payload_too_large` (413): the body exceeds the configured limit (after\n  decoding its `Content-Encoding`);\n- `unsupported_media_type` (415): the body is not `application/json`, or its\n  `Content-Encoding` is not `gzip`, `deflate`, `br` or `identity`;\n- `too_many_requests` (429): this client holds as many event streams as the\n  server allows one client; `Retry-After` says when to try again;\n- `internal_error` (500): the server failed; the message never carries a stack trace;\n- `too_many_subscribers` (503): the server holds as many event streams as it\n  allows; `Retry-After` says when to try again;\n- `not_ready` (503): the control plane cannot serve and accept publishes now\n  (shutting down, or its shared store unreachable); `/readyz` answers it;\n- `store_unavailable` (503): the store a replica publishes through (Redis) is\n  unreachable; nothing was published; `Retry-After` says when to try again.\n","type":"string","enum":["invalid_json","invalid_snapshot","unauthorized","publishing_disabled","host_not_allowed","origin_not_allowed","not_found","method_not_allowed","request_timeout","payload_too_large","unsupported_media_type","too_many_requests","internal_error","too_many_subscribers","not_ready","store_unavailable"]};
const schema73 = {"title":"ErrorDetail","description":"One violation found in a request body.","type":"object","required":["path","message"],"properties":{"path":{"description":"JSON Pointer (RFC 6901) to the offending value in the request body; empty for the root.","type":"string"},"message":{"description":"What is wrong there.","type":"string"}},"examples":[{"path":"/daemon/state","message":"must be equal to one of the allowed values (starting, ready, degraded, stopped)"}]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.code === undefined) && (missing0 = "code")) || ((data.message === undefined) && (missing0 = "message"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
let data0 = data.code;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate40.errors = [{instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data0 === "invalid_json") || (data0 === "invalid_snapshot")) || (data0 === "unauthorized")) || (data0 === "publishing_disabled")) || (data0 === "host_not_allowed")) || (data0 === "origin_not_allowed")) || (data0 === "not_found")) || (data0 === "method_not_allowed")) || (data0 === "request_timeout")) || (data0 === "payload_too_large")) || (data0 === "unsupported_media_type")) || (data0 === "too_many_requests")) || (data0 === "internal_error")) || (data0 === "too_many_subscribers")) || (data0 === "not_ready")) || (data0 === "store_unavailable"))){
validate40.errors = [{instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs4 = errors;
if(typeof data.message !== "string"){
validate40.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.details !== undefined){
let data2 = data.details;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.path === undefined) && (missing1 = "path")) || ((data3.message === undefined) && (missing1 = "message"))){
validate40.errors = [{instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.path !== undefined){
const _errs11 = errors;
if(typeof data3.path !== "string"){
validate40.errors = [{instancePath:instancePath+"/details/" + i0+"/path",schemaPath:"#/$defs/ErrorDetail/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
const _errs13 = errors;
if(typeof data3.message !== "string"){
validate40.errors = [{instancePath:instancePath+"/details/" + i0+"/message",schemaPath:"#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"code":true,"message":true,"details":true},"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
if(!(validate40(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

exports.ErrorBody = validate42;

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.code === undefined) && (missing0 = "code")) || ((data.message === undefined) && (missing0 = "message"))){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
let data0 = data.code;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate42.errors = [{instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data0 === "invalid_json") || (data0 === "invalid_snapshot")) || (data0 === "unauthorized")) || (data0 === "publishing_disabled")) || (data0 === "host_not_allowed")) || (data0 === "origin_not_allowed")) || (data0 === "not_found")) || (data0 === "method_not_allowed")) || (data0 === "request_timeout")) || (data0 === "payload_too_large")) || (data0 === "unsupported_media_type")) || (data0 === "too_many_requests")) || (data0 === "internal_error")) || (data0 === "too_many_subscribers")) || (data0 === "not_ready")) || (data0 === "store_unavailable"))){
validate42.errors = [{instancePath:instancePath+"/code",schemaPath:"#/$defs/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs4 = errors;
if(typeof data.message !== "string"){
validate42.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.details !== undefined){
let data2 = data.details;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.path === undefined) && (missing1 = "path")) || ((data3.message === undefined) && (missing1 = "message"))){
validate42.errors = [{instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.path !== undefined){
const _errs11 = errors;
if(typeof data3.path !== "string"){
validate42.errors = [{instancePath:instancePath+"/details/" + i0+"/path",schemaPath:"#/$defs/ErrorDetail/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
const _errs13 = errors;
if(typeof data3.message !== "string"){
validate42.errors = [{instancePath:instancePath+"/details/" + i0+"/message",schemaPath:"#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"code":true,"message":true,"details":true},"dynamicProps":false,"dynamicItems":false};

exports.ErrorCode = validate43;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data === "invalid_json") || (data === "invalid_snapshot")) || (data === "unauthorized")) || (data === "publishing_disabled")) || (data === "host_not_allowed")) || (data === "origin_not_allowed")) || (data === "not_found")) || (data === "method_not_allowed")) || (data === "request_timeout")) || (data === "payload_too_large")) || (data === "unsupported_media_type")) || (data === "too_many_requests")) || (data === "internal_error")) || (data === "too_many_subscribers")) || (data === "not_ready")) || (data === "store_unavailable"))){
validate43.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema72.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.ErrorDetail = validate44;

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.path === undefined) && (missing0 = "path")) || ((data.message === undefined) && (missing0 = "message"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.path !== undefined){
const _errs1 = errors;
if(typeof data.path !== "string"){
validate44.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs3 = errors;
if(typeof data.message !== "string"){
validate44.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"path":true,"message":true},"dynamicProps":false,"dynamicItems":false};

exports.FileChange = validate45;

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.path === undefined) && (missing0 = "path")) || ((data.change_kind === undefined) && (missing0 = "change_kind"))) || ((data.lines_added === undefined) && (missing0 = "lines_added"))) || ((data.lines_removed === undefined) && (missing0 = "lines_removed"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.path !== undefined){
const _errs1 = errors;
if(typeof data.path !== "string"){
validate45.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.change_kind !== undefined){
let data1 = data.change_kind;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate45.errors = [{instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "created") || (data1 === "modified")) || (data1 === "removed"))){
validate45.errors = [{instancePath:instancePath+"/change_kind",schemaPath:"#/$defs/FileChangeKind/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lines_added !== undefined){
let data2 = data.lines_added;
const _errs6 = errors;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate45.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
validate45.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate45.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data2))){
validate45.errors = [{instancePath:instancePath+"/lines_added",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lines_removed !== undefined){
let data3 = data.lines_removed;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate45.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
validate45.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate45.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data3))){
validate45.errors = [{instancePath:instancePath+"/lines_removed",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"path":true,"change_kind":true,"lines_added":true,"lines_removed":true},"dynamicProps":false,"dynamicItems":false};

exports.FileChangeKind = validate46;

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data === "created") || (data === "modified")) || (data === "removed"))){
validate46.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.HealthResponse = validate47;
const schema84 = {"title":"HealthResponse","description":"Liveness of the control plane and a summary of its current snapshot.","type":"object","required":["status","current_sequence","published_at","issue_count"],"properties":{"status":{"description":"Always `ok` when the control plane answers.","type":"string","const":"ok"},"current_sequence":{"description":"Sequence of the current snapshot envelope (at most 2^53 - 1, see `U64`).","type":"integer","format":"int64","minimum":1,"maximum":9007199254740991},"published_at":{"$ref":"#/$defs/Timestamp","description":"When the current snapshot was published."},"issue_count":{"$ref":"#/$defs/U64","description":"Number of issues in the current snapshot."},"epoch":{"$ref":"#/$defs/Epoch"}},"examples":[{"status":"ok","current_sequence":7,"published_at":"2026-03-21T20:00:07.250Z","issue_count":2,"epoch":"3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90"}]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.status === undefined) && (missing0 = "status")) || ((data.current_sequence === undefined) && (missing0 = "current_sequence"))) || ((data.published_at === undefined) && (missing0 = "published_at"))) || ((data.issue_count === undefined) && (missing0 = "issue_count"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
let data0 = data.status;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate47.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ok" !== data0){
validate47.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.current_sequence !== undefined){
let data1 = data.current_sequence;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate47.errors = [{instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate47.errors = [{instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate47.errors = [{instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate47.errors = [{instancePath:instancePath+"/current_sequence",schemaPath:"#/properties/current_sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.published_at !== undefined){
let data2 = data.published_at;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
validate47.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issue_count !== undefined){
let data3 = data.issue_count;
const _errs8 = errors;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate47.errors = [{instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
validate47.errors = [{instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate47.errors = [{instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data3))){
validate47.errors = [{instancePath:instancePath+"/issue_count",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.epoch !== undefined){
let data4 = data.epoch;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func1(data4) > 128){
validate47.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data4) < 1){
validate47.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"status":true,"current_sequence":true,"published_at":true,"issue_count":true,"epoch":true},"dynamicProps":false,"dynamicItems":false};

exports.IssueRuntimeState = validate48;

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data === "idle") || (data === "running")) || (data === "retry_queued")) || (data === "releasing")) || (data === "completed")) || (data === "failed"))){
validate48.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.IssueSnapshot = validate49;

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.identifier === undefined) && (missing0 = "identifier")) || ((data.title === undefined) && (missing0 = "title"))) || ((data.tracker_state === undefined) && (missing0 = "tracker_state"))) || ((data.runtime_state === undefined) && (missing0 = "runtime_state"))) || ((data.last_outcome === undefined) && (missing0 = "last_outcome"))) || ((data.last_event_at === undefined) && (missing0 = "last_event_at"))) || ((data.conversation_id_suffix === undefined) && (missing0 = "conversation_id_suffix"))) || ((data.workspace_path_suffix === undefined) && (missing0 = "workspace_path_suffix"))) || ((data.retry_count === undefined) && (missing0 = "retry_count"))) || ((data.blocked === undefined) && (missing0 = "blocked"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.identifier !== undefined){
const _errs1 = errors;
if(typeof data.identifier !== "string"){
validate49.errors = [{instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs3 = errors;
if(typeof data.title !== "string"){
validate49.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tracker_state !== undefined){
const _errs5 = errors;
if(typeof data.tracker_state !== "string"){
validate49.errors = [{instancePath:instancePath+"/tracker_state",schemaPath:"#/properties/tracker_state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.runtime_state !== undefined){
let data3 = data.runtime_state;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate49.errors = [{instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data3 === "idle") || (data3 === "running")) || (data3 === "retry_queued")) || (data3 === "releasing")) || (data3 === "completed")) || (data3 === "failed"))){
validate49.errors = [{instancePath:instancePath+"/runtime_state",schemaPath:"#/$defs/IssueRuntimeState/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_outcome !== undefined){
let data4 = data.last_outcome;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate49.errors = [{instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data4 === "unknown") || (data4 === "running")) || (data4 === "continued")) || (data4 === "completed")) || (data4 === "failed")) || (data4 === "canceled"))){
validate49.errors = [{instancePath:instancePath+"/last_outcome",schemaPath:"#/$defs/WorkerOutcome/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_event_at !== undefined){
let data5 = data.last_event_at;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(formats2.validate(data5))){
validate49.errors = [{instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate49.errors = [{instancePath:instancePath+"/last_event_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversation_id_suffix !== undefined){
const _errs16 = errors;
if(typeof data.conversation_id_suffix !== "string"){
validate49.errors = [{instancePath:instancePath+"/conversation_id_suffix",schemaPath:"#/properties/conversation_id_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workspace_path_suffix !== undefined){
const _errs18 = errors;
if(typeof data.workspace_path_suffix !== "string"){
validate49.errors = [{instancePath:instancePath+"/workspace_path_suffix",schemaPath:"#/properties/workspace_path_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry_count !== undefined){
let data8 = data.retry_count;
const _errs20 = errors;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate49.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4294967295 || isNaN(data8)){
validate49.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate49.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data8))){
validate49.errors = [{instancePath:instancePath+"/retry_count",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blocked !== undefined){
const _errs23 = errors;
if(typeof data.blocked !== "boolean"){
validate49.errors = [{instancePath:instancePath+"/blocked",schemaPath:"#/properties/blocked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server_base_url !== undefined){
const _errs25 = errors;
if(typeof data.server_base_url !== "string"){
validate49.errors = [{instancePath:instancePath+"/server_base_url",schemaPath:"#/properties/server_base_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transport_target !== undefined){
const _errs27 = errors;
if(typeof data.transport_target !== "string"){
validate49.errors = [{instancePath:instancePath+"/transport_target",schemaPath:"#/properties/transport_target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.http_auth_mode !== undefined){
const _errs29 = errors;
if(typeof data.http_auth_mode !== "string"){
validate49.errors = [{instancePath:instancePath+"/http_auth_mode",schemaPath:"#/properties/http_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.websocket_auth_mode !== undefined){
const _errs31 = errors;
if(typeof data.websocket_auth_mode !== "string"){
validate49.errors = [{instancePath:instancePath+"/websocket_auth_mode",schemaPath:"#/properties/websocket_auth_mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.websocket_query_param_name !== undefined){
const _errs33 = errors;
if(typeof data.websocket_query_param_name !== "string"){
validate49.errors = [{instancePath:instancePath+"/websocket_query_param_name",schemaPath:"#/properties/websocket_query_param_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recent_events !== undefined){
let data15 = data.recent_events;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data15)){
var valid5 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
const _errs37 = errors;
if(!(validate22(data15[i0], {instancePath:instancePath+"/recent_events/" + i0,parentData:data15,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid5 = _errs37 === errors;
if(!valid5){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/recent_events",schemaPath:"#/properties/recent_events/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modified_files !== undefined){
let data17 = data.modified_files;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data17)){
var valid6 = true;
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
const _errs40 = errors;
if(!(validate31(data17[i1], {instancePath:instancePath+"/modified_files/" + i1,parentData:data17,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid6 = _errs40 === errors;
if(!valid6){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/modified_files",schemaPath:"#/properties/modified_files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_tokens !== undefined){
let data19 = data.input_tokens;
const _errs41 = errors;
const _errs42 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate49.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs42){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 9007199254740991 || isNaN(data19)){
validate49.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data19 < 0 || isNaN(data19)){
validate49.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data19))){
validate49.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_tokens !== undefined){
let data20 = data.output_tokens;
const _errs44 = errors;
const _errs45 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate49.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 9007199254740991 || isNaN(data20)){
validate49.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data20 < 0 || isNaN(data20)){
validate49.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data20))){
validate49.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_read_tokens !== undefined){
let data21 = data.cache_read_tokens;
const _errs47 = errors;
const _errs48 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate49.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs48){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
validate49.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate49.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data21))){
validate49.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data22 = data.url;
const _errs50 = errors;
if(errors === _errs50){
if(errors === _errs50){
if(typeof data22 === "string"){
if(!(formats36(data22))){
validate49.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate49.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"identifier":true,"title":true,"tracker_state":true,"runtime_state":true,"last_outcome":true,"last_event_at":true,"conversation_id_suffix":true,"workspace_path_suffix":true,"retry_count":true,"blocked":true,"server_base_url":true,"transport_target":true,"http_auth_mode":true,"websocket_auth_mode":true,"websocket_query_param_name":true,"recent_events":true,"modified_files":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"url":true},"dynamicProps":false,"dynamicItems":false};

exports.MemoryServerStatus = validate52;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.enabled === undefined) && (missing0 = "enabled")) || ((data.reachable === undefined) && (missing0 = "reachable"))) || ((data.status_line === undefined) && (missing0 = "status_line"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.enabled !== undefined){
const _errs1 = errors;
if(typeof data.enabled !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reachable !== undefined){
const _errs3 = errors;
if(typeof data.reachable !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/reachable",schemaPath:"#/properties/reachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoint !== undefined){
const _errs5 = errors;
if(typeof data.endpoint !== "string"){
validate52.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status_line !== undefined){
const _errs7 = errors;
if(typeof data.status_line !== "string"){
validate52.errors = [{instancePath:instancePath+"/status_line",schemaPath:"#/properties/status_line/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"enabled":true,"reachable":true,"endpoint":true,"status_line":true},"dynamicProps":false,"dynamicItems":false};

exports.MetricsHistory = validate53;
const schema98 = {"title":"MetricsHistory","description":"The metrics of the most recent publishes of one store, oldest first: at most\n`max_points` of them, none published more than `max_age_seconds` before the\nnewest. The current envelope is always the last point. Kept in memory: a\nrestarted control plane starts a new history (and a new epoch).\n","type":"object","required":["epoch","max_points","max_age_seconds","points"],"properties":{"epoch":{"$ref":"#/$defs/Epoch","description":"The epoch of the store whose publishes these are."},"max_points":{"$ref":"#/$defs/U32","description":"The most points the server keeps."},"max_age_seconds":{"$ref":"#/$defs/U32","description":"How far back, from the newest point, the server keeps points."},"points":{"description":"One point per publish, in sequence order.","type":"array","items":{"$ref":"#/$defs/MetricsPoint"}}},"examples":[{"epoch":"3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90","max_points":1000,"max_age_seconds":86400,"points":[{"published_at":"2026-03-21T20:00:07.250Z","sequence":7,"generated_at":"2026-03-21T20:00:07Z","metrics":{"running_issues":1,"retry_queue_depth":0,"input_tokens":2048,"output_tokens":2048,"cache_read_tokens":512,"total_tokens":4096,"total_cost_micros":120000}}]}]};
const schema102 = {"title":"MetricsPoint","description":"The metrics of one published snapshot, with where and when it was published.","type":"object","required":["published_at","sequence","generated_at","metrics"],"properties":{"published_at":{"$ref":"#/$defs/Timestamp","description":"When the control plane published the snapshot."},"sequence":{"description":"The envelope's sequence (at most 2^53 - 1, see `U64`).","type":"integer","format":"int64","minimum":1,"maximum":9007199254740991},"generated_at":{"$ref":"#/$defs/Timestamp","description":"When the daemon produced the snapshot (its own clock)."},"metrics":{"$ref":"#/$defs/MetricsSnapshot"}},"examples":[{"published_at":"2026-03-21T20:00:07.250Z","sequence":7,"generated_at":"2026-03-21T20:00:07Z","metrics":{"running_issues":1,"retry_queue_depth":0,"input_tokens":2048,"output_tokens":2048,"cache_read_tokens":512,"total_tokens":4096,"total_cost_micros":120000}}]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.published_at === undefined) && (missing0 = "published_at")) || ((data.sequence === undefined) && (missing0 = "sequence"))) || ((data.generated_at === undefined) && (missing0 = "generated_at"))) || ((data.metrics === undefined) && (missing0 = "metrics"))){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.published_at !== undefined){
let data0 = data.published_at;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
validate54.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sequence !== undefined){
let data1 = data.sequence;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate54.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate54.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate54.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate54.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generated_at !== undefined){
let data2 = data.generated_at;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
validate54.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
const _errs9 = errors;
if(!(validate27(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"published_at":true,"sequence":true,"generated_at":true,"metrics":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.epoch === undefined) && (missing0 = "epoch")) || ((data.max_points === undefined) && (missing0 = "max_points"))) || ((data.max_age_seconds === undefined) && (missing0 = "max_age_seconds"))) || ((data.points === undefined) && (missing0 = "points"))){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.epoch !== undefined){
let data0 = data.epoch;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 128){
validate53.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate53.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_points !== undefined){
let data1 = data.max_points;
const _errs4 = errors;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate53.errors = [{instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
validate53.errors = [{instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate53.errors = [{instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate53.errors = [{instancePath:instancePath+"/max_points",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_age_seconds !== undefined){
let data2 = data.max_age_seconds;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate53.errors = [{instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
validate53.errors = [{instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate53.errors = [{instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data2))){
validate53.errors = [{instancePath:instancePath+"/max_age_seconds",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.points !== undefined){
let data3 = data.points;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data3)){
var valid4 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate54(data3[i0], {instancePath:instancePath+"/points/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid4 = _errs12 === errors;
if(!valid4){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"epoch":true,"max_points":true,"max_age_seconds":true,"points":true},"dynamicProps":false,"dynamicItems":false};

exports.MetricsPoint = validate57;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.published_at === undefined) && (missing0 = "published_at")) || ((data.sequence === undefined) && (missing0 = "sequence"))) || ((data.generated_at === undefined) && (missing0 = "generated_at"))) || ((data.metrics === undefined) && (missing0 = "metrics"))){
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.published_at !== undefined){
let data0 = data.published_at;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
validate57.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sequence !== undefined){
let data1 = data.sequence;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate57.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate57.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate57.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate57.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generated_at !== undefined){
let data2 = data.generated_at;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
validate57.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/generated_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metrics !== undefined){
const _errs9 = errors;
if(!(validate27(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"published_at":true,"sequence":true,"generated_at":true,"metrics":true},"dynamicProps":false,"dynamicItems":false};

exports.MetricsSnapshot = validate59;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.running_issues === undefined) && (missing0 = "running_issues")) || ((data.retry_queue_depth === undefined) && (missing0 = "retry_queue_depth"))) || ((data.input_tokens === undefined) && (missing0 = "input_tokens"))) || ((data.output_tokens === undefined) && (missing0 = "output_tokens"))) || ((data.cache_read_tokens === undefined) && (missing0 = "cache_read_tokens"))) || ((data.total_tokens === undefined) && (missing0 = "total_tokens"))) || ((data.total_cost_micros === undefined) && (missing0 = "total_cost_micros"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.running_issues !== undefined){
let data0 = data.running_issues;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate59.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
validate59.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data0 < 0 || isNaN(data0)){
validate59.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data0))){
validate59.errors = [{instancePath:instancePath+"/running_issues",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry_queue_depth !== undefined){
let data1 = data.retry_queue_depth;
const _errs4 = errors;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate59.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
validate59.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate59.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data1))){
validate59.errors = [{instancePath:instancePath+"/retry_queue_depth",schemaPath:"#/$defs/U32/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_tokens !== undefined){
let data2 = data.input_tokens;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate59.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate59.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate59.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data2))){
validate59.errors = [{instancePath:instancePath+"/input_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_tokens !== undefined){
let data3 = data.output_tokens;
const _errs10 = errors;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate59.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
validate59.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate59.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data3))){
validate59.errors = [{instancePath:instancePath+"/output_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_read_tokens !== undefined){
let data4 = data.cache_read_tokens;
const _errs13 = errors;
const _errs14 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate59.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate59.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate59.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data4))){
validate59.errors = [{instancePath:instancePath+"/cache_read_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total_tokens !== undefined){
let data5 = data.total_tokens;
const _errs16 = errors;
const _errs17 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate59.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
validate59.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate59.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data5))){
validate59.errors = [{instancePath:instancePath+"/total_tokens",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total_cost_micros !== undefined){
let data6 = data.total_cost_micros;
const _errs19 = errors;
const _errs20 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate59.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
validate59.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate59.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data6))){
validate59.errors = [{instancePath:instancePath+"/total_cost_micros",schemaPath:"#/$defs/U64/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"running_issues":true,"retry_queue_depth":true,"input_tokens":true,"output_tokens":true,"cache_read_tokens":true,"total_tokens":true,"total_cost_micros":true},"dynamicProps":false,"dynamicItems":false};

exports.ReadinessResponse = validate60;
const schema116 = {"title":"ReadinessResponse","description":"The control plane can serve reads and accept publishes now. While it cannot\n(shutting down, or its shared store unreachable) `/readyz` answers 503 with the\n`Error` envelope instead (`not_ready`).\n","type":"object","required":["status"],"properties":{"status":{"description":"Always `ready` when the control plane is ready.","type":"string","const":"ready"}},"examples":[{"status":"ready"}]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
validate60.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ready" !== data0){
validate60.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "ready"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"status":true},"dynamicProps":false,"dynamicItems":false};

exports.RecentEvent = validate61;

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.happened_at === undefined) && (missing0 = "happened_at")) || ((data.issue_identifier === undefined) && (missing0 = "issue_identifier"))) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.happened_at !== undefined){
let data0 = data.happened_at;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
validate61.errors = [{instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/happened_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issue_identifier !== undefined){
let data1 = data.issue_identifier;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate61.errors = [{instancePath:instancePath+"/issue_identifier",schemaPath:"#/properties/issue_identifier/type",keyword:"type",params:{type: schema62.properties.issue_identifier.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data2 = data.kind;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate61.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((data2 === "worker_started") || (data2 === "workspace_prepared")) || (data2 === "stream_attached")) || (data2 === "snapshot_published")) || (data2 === "worker_completed")) || (data2 === "retry_scheduled")) || (data2 === "client_attached")) || (data2 === "client_detached")) || (data2 === "warning"))){
validate61.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/RecentEventKind/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs9 = errors;
if(typeof data.summary !== "string"){
validate61.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"happened_at":true,"issue_identifier":true,"kind":true,"summary":true},"dynamicProps":false,"dynamicItems":false};

exports.RecentEventKind = validate62;

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((data === "worker_started") || (data === "workspace_prepared")) || (data === "stream_attached")) || (data === "snapshot_published")) || (data === "worker_completed")) || (data === "retry_scheduled")) || (data === "client_attached")) || (data === "client_detached")) || (data === "warning"))){
validate62.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.SnapshotEnvelope = validate63;
const schema121 = {"title":"SnapshotEnvelope","description":"One published state of the daemon: the full snapshot with the store's sequence\nnumber and publication time. Every envelope carries full state, never a delta.\n","type":"object","required":["sequence","published_at","snapshot"],"properties":{"sequence":{"description":"Publication counter of the store: 1 for the initial snapshot, then one\nmore per publish. Strictly increasing within an epoch. At most 2^53 - 1,\nlike every `u64` of this contract (see `U64`).\n","type":"integer","format":"int64","minimum":1,"maximum":9007199254740991},"published_at":{"$ref":"#/$defs/Timestamp","description":"When the store accepted this snapshot."},"snapshot":{"$ref":"#/$defs/DaemonSnapshot"},"epoch":{"$ref":"#/$defs/Epoch"}},"examples":[{"sequence":7,"published_at":"2026-03-21T20:00:07.250Z","epoch":"3f2c9a7e-1b4d-4c55-9e0a-7d6f1c2b8a90","snapshot":{"generated_at":"2026-03-21T20:00:07Z","daemon":{"state":"ready","last_poll_at":"2026-03-21T20:00:05Z","workspace_root":"/srv/opensymphony/workspaces","status_line":"polling every 30s"},"agent_server":{"reachable":true,"base_url":"http://127.0.0.1:3000","conversation_count":2,"status_line":"healthy"},"memory_server":{"enabled":true,"reachable":true,"endpoint":"http://127.0.0.1:3100","status_line":"connected"},"metrics":{"running_issues":1,"retry_queue_depth":1,"input_tokens":48211,"output_tokens":9120,"cache_read_tokens":30114,"total_tokens":87445,"total_cost_micros":412300},"issues":[{"identifier":"COE-255","title":"Observability and FrankenTUI","tracker_state":"In Progress","runtime_state":"running","last_outcome":"running","last_event_at":"2026-03-21T20:00:06.5Z","conversation_id_suffix":"c0e255","workspace_path_suffix":"COE-255","retry_count":0,"blocked":false,"server_base_url":"http://127.0.0.1:3000","transport_target":"loopback","http_auth_mode":"none","websocket_auth_mode":"none","recent_events":[{"event_id":"evt-0192","happened_at":"2026-03-21T20:00:06.5Z","kind":"tool_call","summary":"ran cargo test -p opensymphony"}],"modified_files":[{"path":"src/control.rs","change_kind":"modified","lines_added":42,"lines_removed":7}],"input_tokens":30211,"output_tokens":6120,"cache_read_tokens":20114},{"identifier":"COE-260","title":"Retry failed webhook deliveries","tracker_state":"Todo","runtime_state":"retry_queued","last_outcome":"failed","last_event_at":"2026-03-21T19:58:41Z","conversation_id_suffix":"9a41f0","workspace_path_suffix":"COE-260","retry_count":2,"blocked":false}],"recent_events":[{"happened_at":"2026-03-21T20:00:06.5Z","issue_identifier":"COE-255","kind":"stream_attached","summary":"attached to conversation c0e255"},{"happened_at":"2026-03-21T19:58:41Z","issue_identifier":"COE-260","kind":"retry_scheduled","summary":"retry 2 scheduled in 60s"},{"happened_at":"2026-03-21T19:58:00Z","issue_identifier":null,"kind":"client_attached","summary":"operator dashboard attached"}]}}]};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sequence === undefined) && (missing0 = "sequence")) || ((data.published_at === undefined) && (missing0 = "published_at"))) || ((data.snapshot === undefined) && (missing0 = "snapshot"))){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.sequence !== undefined){
let data0 = data.sequence;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate63.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
validate63.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate63.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data0))){
validate63.errors = [{instancePath:instancePath+"/sequence",schemaPath:"#/properties/sequence/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.published_at !== undefined){
let data1 = data.published_at;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
validate63.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate63.errors = [{instancePath:instancePath+"/published_at",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
const _errs6 = errors;
if(!(validate23(data.snapshot, {instancePath:instancePath+"/snapshot",parentData:data,parentDataProperty:"snapshot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.epoch !== undefined){
let data3 = data.epoch;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func1(data3) > 128){
validate63.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data3) < 1){
validate63.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/epoch",schemaPath:"#/$defs/Epoch/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"sequence":true,"published_at":true,"snapshot":true,"epoch":true},"dynamicProps":false,"dynamicItems":false};

exports.Timestamp = validate65;

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!(formats2.validate(data))){
validate65.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.U32 = validate66;

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 4294967295 || isNaN(data)){
validate66.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate66.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data))){
validate66.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.U64 = validate67;

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
validate67.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate67.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data))){
validate67.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""}];
return false;
}
}
}
}
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.WorkerOutcome = validate68;

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data === "unknown") || (data === "running")) || (data === "continued")) || (data === "completed")) || (data === "failed")) || (data === "canceled"))){
validate68.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":false,"dynamicItems":false};

return exports;
})();
