// generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
/* eslint-disable */
// @ts-nocheck -- tsoa's template is not written for exactOptionalPropertyTypes
/* tslint:disable */
/* eslint-disable */
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import type { TsoaRoute } from '@tsoa/runtime';
import {  fetchMiddlewares, ExpressTemplateService } from '@tsoa/runtime';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { HealthController } from './../../src/controllers.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { ReadinessController } from './../../src/controllers.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { SnapshotController } from './../../src/controllers.js';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { HistoryController } from './../../src/controllers.js';
import { expressAuthentication } from './../../src/publish-auth.js';
// @ts-ignore - no great way to install types from subpackage
import type { Request as ExRequest, Response as ExResponse, RequestHandler, Router } from 'express';

const expressAuthenticationRecasted = expressAuthentication as (req: ExRequest, securityName: string, scopes?: string[], res?: ExResponse) => Promise<any>;


// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

const models: TsoaRoute.Models = {
    "HealthResponse": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"epoch":{"dataType":"string"},"issue_count":{"dataType":"double","required":true},"published_at":{"dataType":"string","required":true},"current_sequence":{"dataType":"double","required":true},"status":{"dataType":"enum","enums":["ok"],"required":true}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ErrorResponse": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"error":{"dataType":"nestedObjectLiteral","nestedProperties":{"details":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"message":{"dataType":"string","required":true},"path":{"dataType":"string","required":true}}}},"message":{"dataType":"string","required":true},"code":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["invalid_json"]},{"dataType":"enum","enums":["invalid_snapshot"]},{"dataType":"enum","enums":["unauthorized"]},{"dataType":"enum","enums":["publishing_disabled"]},{"dataType":"enum","enums":["host_not_allowed"]},{"dataType":"enum","enums":["origin_not_allowed"]},{"dataType":"enum","enums":["not_found"]},{"dataType":"enum","enums":["method_not_allowed"]},{"dataType":"enum","enums":["request_timeout"]},{"dataType":"enum","enums":["payload_too_large"]},{"dataType":"enum","enums":["unsupported_media_type"]},{"dataType":"enum","enums":["too_many_requests"]},{"dataType":"enum","enums":["internal_error"]},{"dataType":"enum","enums":["too_many_subscribers"]},{"dataType":"enum","enums":["not_ready"]},{"dataType":"enum","enums":["store_unavailable"]}],"required":true}},"required":true}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReadinessResponse": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"status":{"dataType":"enum","enums":["ready"],"required":true}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SnapshotEnvelope": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"epoch":{"dataType":"string"},"snapshot":{"dataType":"nestedObjectLiteral","nestedProperties":{"recent_events":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"summary":{"dataType":"string","required":true},"kind":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["worker_started"]},{"dataType":"enum","enums":["workspace_prepared"]},{"dataType":"enum","enums":["stream_attached"]},{"dataType":"enum","enums":["snapshot_published"]},{"dataType":"enum","enums":["worker_completed"]},{"dataType":"enum","enums":["retry_scheduled"]},{"dataType":"enum","enums":["client_attached"]},{"dataType":"enum","enums":["client_detached"]},{"dataType":"enum","enums":["warning"]}],"required":true},"issue_identifier":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},"happened_at":{"dataType":"string","required":true}}},"required":true},"issues":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"url":{"dataType":"string"},"cache_read_tokens":{"dataType":"double","default":0},"output_tokens":{"dataType":"double","default":0},"input_tokens":{"dataType":"double","default":0},"modified_files":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"lines_removed":{"dataType":"double","required":true},"lines_added":{"dataType":"double","required":true},"change_kind":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["created"]},{"dataType":"enum","enums":["modified"]},{"dataType":"enum","enums":["removed"]}],"required":true},"path":{"dataType":"string","required":true}}},"default":[]},"recent_events":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"summary":{"dataType":"string","required":true},"kind":{"dataType":"string","required":true},"happened_at":{"dataType":"string","required":true},"event_id":{"dataType":"string","required":true}}},"default":[]},"websocket_query_param_name":{"dataType":"string"},"websocket_auth_mode":{"dataType":"string"},"http_auth_mode":{"dataType":"string"},"transport_target":{"dataType":"string"},"server_base_url":{"dataType":"string"},"blocked":{"dataType":"boolean","required":true},"retry_count":{"dataType":"double","required":true},"workspace_path_suffix":{"dataType":"string","required":true},"conversation_id_suffix":{"dataType":"string","required":true},"last_event_at":{"dataType":"string","required":true},"last_outcome":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["unknown"]},{"dataType":"enum","enums":["running"]},{"dataType":"enum","enums":["continued"]},{"dataType":"enum","enums":["completed"]},{"dataType":"enum","enums":["failed"]},{"dataType":"enum","enums":["canceled"]}],"required":true},"runtime_state":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["idle"]},{"dataType":"enum","enums":["running"]},{"dataType":"enum","enums":["retry_queued"]},{"dataType":"enum","enums":["releasing"]},{"dataType":"enum","enums":["completed"]},{"dataType":"enum","enums":["failed"]}],"required":true},"tracker_state":{"dataType":"string","required":true},"title":{"dataType":"string","required":true},"identifier":{"dataType":"string","required":true}}},"required":true},"metrics":{"dataType":"nestedObjectLiteral","nestedProperties":{"total_cost_micros":{"dataType":"double","required":true},"total_tokens":{"dataType":"double","required":true},"cache_read_tokens":{"dataType":"double","required":true},"output_tokens":{"dataType":"double","required":true},"input_tokens":{"dataType":"double","required":true},"retry_queue_depth":{"dataType":"double","required":true},"running_issues":{"dataType":"double","required":true}},"required":true},"memory_server":{"dataType":"nestedObjectLiteral","nestedProperties":{"status_line":{"dataType":"string","required":true},"endpoint":{"dataType":"string"},"reachable":{"dataType":"boolean","required":true},"enabled":{"dataType":"boolean","required":true}},"default":{"enabled":false,"reachable":false,"status_line":"disabled"}},"agent_server":{"dataType":"nestedObjectLiteral","nestedProperties":{"status_line":{"dataType":"string","required":true},"conversation_count":{"dataType":"double","required":true},"base_url":{"dataType":"string","required":true},"reachable":{"dataType":"boolean","required":true}},"required":true},"daemon":{"dataType":"nestedObjectLiteral","nestedProperties":{"status_line":{"dataType":"string","required":true},"workspace_root":{"dataType":"string","required":true},"last_poll_at":{"dataType":"string","required":true},"state":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["starting"]},{"dataType":"enum","enums":["ready"]},{"dataType":"enum","enums":["degraded"]},{"dataType":"enum","enums":["stopped"]}],"required":true}},"required":true},"generated_at":{"dataType":"string","required":true}},"required":true},"published_at":{"dataType":"string","required":true},"sequence":{"dataType":"double","required":true}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DaemonSnapshot": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"recent_events":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"summary":{"dataType":"string","required":true},"kind":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["worker_started"]},{"dataType":"enum","enums":["workspace_prepared"]},{"dataType":"enum","enums":["stream_attached"]},{"dataType":"enum","enums":["snapshot_published"]},{"dataType":"enum","enums":["worker_completed"]},{"dataType":"enum","enums":["retry_scheduled"]},{"dataType":"enum","enums":["client_attached"]},{"dataType":"enum","enums":["client_detached"]},{"dataType":"enum","enums":["warning"]}],"required":true},"issue_identifier":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},"happened_at":{"dataType":"string","required":true}}},"required":true},"issues":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"url":{"dataType":"string"},"cache_read_tokens":{"dataType":"double","default":0},"output_tokens":{"dataType":"double","default":0},"input_tokens":{"dataType":"double","default":0},"modified_files":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"lines_removed":{"dataType":"double","required":true},"lines_added":{"dataType":"double","required":true},"change_kind":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["created"]},{"dataType":"enum","enums":["modified"]},{"dataType":"enum","enums":["removed"]}],"required":true},"path":{"dataType":"string","required":true}}},"default":[]},"recent_events":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"summary":{"dataType":"string","required":true},"kind":{"dataType":"string","required":true},"happened_at":{"dataType":"string","required":true},"event_id":{"dataType":"string","required":true}}},"default":[]},"websocket_query_param_name":{"dataType":"string"},"websocket_auth_mode":{"dataType":"string"},"http_auth_mode":{"dataType":"string"},"transport_target":{"dataType":"string"},"server_base_url":{"dataType":"string"},"blocked":{"dataType":"boolean","required":true},"retry_count":{"dataType":"double","required":true},"workspace_path_suffix":{"dataType":"string","required":true},"conversation_id_suffix":{"dataType":"string","required":true},"last_event_at":{"dataType":"string","required":true},"last_outcome":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["unknown"]},{"dataType":"enum","enums":["running"]},{"dataType":"enum","enums":["continued"]},{"dataType":"enum","enums":["completed"]},{"dataType":"enum","enums":["failed"]},{"dataType":"enum","enums":["canceled"]}],"required":true},"runtime_state":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["idle"]},{"dataType":"enum","enums":["running"]},{"dataType":"enum","enums":["retry_queued"]},{"dataType":"enum","enums":["releasing"]},{"dataType":"enum","enums":["completed"]},{"dataType":"enum","enums":["failed"]}],"required":true},"tracker_state":{"dataType":"string","required":true},"title":{"dataType":"string","required":true},"identifier":{"dataType":"string","required":true}}},"required":true},"metrics":{"dataType":"nestedObjectLiteral","nestedProperties":{"total_cost_micros":{"dataType":"double","required":true},"total_tokens":{"dataType":"double","required":true},"cache_read_tokens":{"dataType":"double","required":true},"output_tokens":{"dataType":"double","required":true},"input_tokens":{"dataType":"double","required":true},"retry_queue_depth":{"dataType":"double","required":true},"running_issues":{"dataType":"double","required":true}},"required":true},"memory_server":{"dataType":"nestedObjectLiteral","nestedProperties":{"status_line":{"dataType":"string","required":true},"endpoint":{"dataType":"string"},"reachable":{"dataType":"boolean","required":true},"enabled":{"dataType":"boolean","required":true}},"default":{"enabled":false,"reachable":false,"status_line":"disabled"}},"agent_server":{"dataType":"nestedObjectLiteral","nestedProperties":{"status_line":{"dataType":"string","required":true},"conversation_count":{"dataType":"double","required":true},"base_url":{"dataType":"string","required":true},"reachable":{"dataType":"boolean","required":true}},"required":true},"daemon":{"dataType":"nestedObjectLiteral","nestedProperties":{"status_line":{"dataType":"string","required":true},"workspace_root":{"dataType":"string","required":true},"last_poll_at":{"dataType":"string","required":true},"state":{"dataType":"union","subSchemas":[{"dataType":"enum","enums":["starting"]},{"dataType":"enum","enums":["ready"]},{"dataType":"enum","enums":["degraded"]},{"dataType":"enum","enums":["stopped"]}],"required":true}},"required":true},"generated_at":{"dataType":"string","required":true}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MetricsHistory": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"points":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"metrics":{"dataType":"nestedObjectLiteral","nestedProperties":{"total_cost_micros":{"dataType":"double","required":true},"total_tokens":{"dataType":"double","required":true},"cache_read_tokens":{"dataType":"double","required":true},"output_tokens":{"dataType":"double","required":true},"input_tokens":{"dataType":"double","required":true},"retry_queue_depth":{"dataType":"double","required":true},"running_issues":{"dataType":"double","required":true}},"required":true},"generated_at":{"dataType":"string","required":true},"sequence":{"dataType":"double","required":true},"published_at":{"dataType":"string","required":true}}},"required":true},"max_age_seconds":{"dataType":"double","required":true},"max_points":{"dataType":"double","required":true},"epoch":{"dataType":"string","required":true}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
};
const templateService = new ExpressTemplateService(models, {"noImplicitAdditionalProperties":"ignore","bodyCoercion":false});

// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa




export function RegisterRoutes(app: Router) {

    // ###########################################################################################################
    //  NOTE: If you do not see routes for all of your controllers in this file, then you might not have informed tsoa of where to look
    //      Please look into the "controllerPathGlobs" config option described in the readme: https://github.com/lukeautry/tsoa
    // ###########################################################################################################


    
        const argsHealthController_getHealth: Record<string, TsoaRoute.ParameterSchema> = {
                req: {"in":"request","name":"req","required":true,"dataType":"object"},
        };
        app.get('/healthz',
            ...(fetchMiddlewares<RequestHandler>(HealthController)),
            ...(fetchMiddlewares<RequestHandler>(HealthController.prototype.getHealth)),

            async function HealthController_getHealth(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHealthController_getHealth, request, response });

                const controller = new HealthController();

              await templateService.apiHandler({
                methodName: 'getHealth',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReadinessController_getReadiness: Record<string, TsoaRoute.ParameterSchema> = {
                req: {"in":"request","name":"req","required":true,"dataType":"object"},
        };
        app.get('/readyz',
            ...(fetchMiddlewares<RequestHandler>(ReadinessController)),
            ...(fetchMiddlewares<RequestHandler>(ReadinessController.prototype.getReadiness)),

            async function ReadinessController_getReadiness(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReadinessController_getReadiness, request, response });

                const controller = new ReadinessController();

              await templateService.apiHandler({
                methodName: 'getReadiness',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSnapshotController_getSnapshot: Record<string, TsoaRoute.ParameterSchema> = {
                req: {"in":"request","name":"req","required":true,"dataType":"object"},
        };
        app.get('/api/v1/snapshot',
            ...(fetchMiddlewares<RequestHandler>(SnapshotController)),
            ...(fetchMiddlewares<RequestHandler>(SnapshotController.prototype.getSnapshot)),

            async function SnapshotController_getSnapshot(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSnapshotController_getSnapshot, request, response });

                const controller = new SnapshotController();

              await templateService.apiHandler({
                methodName: 'getSnapshot',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSnapshotController_publishSnapshot: Record<string, TsoaRoute.ParameterSchema> = {
                snapshot: {"in":"body","name":"snapshot","required":true,"dataType":"any"},
                req: {"in":"request","name":"req","required":true,"dataType":"object"},
        };
        app.put('/api/v1/snapshot',
            authenticateMiddleware([{"publishToken":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SnapshotController)),
            ...(fetchMiddlewares<RequestHandler>(SnapshotController.prototype.publishSnapshot)),

            async function SnapshotController_publishSnapshot(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSnapshotController_publishSnapshot, request, response });

                const controller = new SnapshotController();

              await templateService.apiHandler({
                methodName: 'publishSnapshot',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHistoryController_getHistory: Record<string, TsoaRoute.ParameterSchema> = {
                req: {"in":"request","name":"req","required":true,"dataType":"object"},
        };
        app.get('/api/v1/history',
            ...(fetchMiddlewares<RequestHandler>(HistoryController)),
            ...(fetchMiddlewares<RequestHandler>(HistoryController.prototype.getHistory)),

            async function HistoryController_getHistory(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHistoryController_getHistory, request, response });

                const controller = new HistoryController();

              await templateService.apiHandler({
                methodName: 'getHistory',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa


    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

    function authenticateMiddleware(security: TsoaRoute.Security[] = []) {
        return async function runAuthenticationMiddleware(request: any, response: any, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            // keep track of failed auth attempts so we can hand back the most
            // recent one.  This behavior was previously existing so preserving it
            // here
            const failedAttempts: any[] = [];
            const pushAndRethrow = (error: any) => {
                failedAttempts.push(error);
                throw error;
            };

            const secMethodOrPromises: Promise<any>[] = [];
            for (const secMethod of security) {
                if (Object.keys(secMethod).length > 1) {
                    const secMethodAndPromises: Promise<any>[] = [];

                    for (const name in secMethod) {
                        secMethodAndPromises.push(
                            expressAuthenticationRecasted(request, name, secMethod[name], response)
                                .catch(pushAndRethrow)
                        );
                    }

                    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

                    secMethodOrPromises.push(Promise.all(secMethodAndPromises)
                        .then(users => { return users[0]; }));
                } else {
                    for (const name in secMethod) {
                        secMethodOrPromises.push(
                            expressAuthenticationRecasted(request, name, secMethod[name], response)
                                .catch(pushAndRethrow)
                        );
                    }
                }
            }

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            try {
                request['user'] = await Promise.any(secMethodOrPromises);

                // Response was sent in middleware, abort
                if (response.writableEnded) {
                    return;
                }

                next();
            }
            catch(err) {
                // Show most recent error as response
                const error = failedAttempts.pop();
                error.status = error.status || 401;

                // Response was sent in middleware, abort
                if (response.writableEnded) {
                    return;
                }
                next(error);
            }

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        }
    }

    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
}

// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
